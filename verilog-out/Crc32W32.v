// Generator : SpinalHDL v1.14.2    git head : 78f29dc66110fc099a777992b6daa2f803ab445e
// Component : Crc32W32

`timescale 1ns/1ps

module Crc32W32 (
  input  wire          clear,
  input  wire          valid,
  input  wire [31:0]   data,
  input  wire [3:0]    byteEnable,
  output wire [31:0]   crc,
  output wire          residueOk,
  output wire          enableError,
  input  wire          clk,
  input  wire          reset
);

  reg        [31:0]   state;
  reg                 enableErrorSticky;
  wire       [31:0]   startState;
  wire       [63:0]   crcInputs;
  reg        [31:0]   stateAfter1Byte;
  reg        [31:0]   stateAfter2Bytes;
  reg        [31:0]   stateAfter3Bytes;
  reg        [31:0]   stateAfter4Bytes;
  wire                noLaneEnabled;
  wire                first1LaneEnabled;
  wire                first2LanesEnabled;
  wire                first3LanesEnabled;
  wire                first4LanesEnabled;

  assign startState = (clear ? 32'hffffffff : state);
  assign crcInputs = {data,startState};
  always @(*) begin
    stateAfter1Byte[0] = (^(crcInputs & 64'h0000000400000104));
    stateAfter1Byte[1] = (^(crcInputs & 64'h0000000900000209));
    stateAfter1Byte[2] = (^(crcInputs & 64'h0000001300000413));
    stateAfter1Byte[3] = (^(crcInputs & 64'h0000002600000826));
    stateAfter1Byte[4] = (^(crcInputs & 64'h0000004d0000104d));
    stateAfter1Byte[5] = (^(crcInputs & 64'h0000009a0000209a));
    stateAfter1Byte[6] = (^(crcInputs & 64'h0000003000004030));
    stateAfter1Byte[7] = (^(crcInputs & 64'h0000006100008061));
    stateAfter1Byte[8] = (^(crcInputs & 64'h000000c2000100c2));
    stateAfter1Byte[9] = (^(crcInputs & 64'h0000008000020080));
    stateAfter1Byte[10] = (^(crcInputs & 64'h0000000400040004));
    stateAfter1Byte[11] = (^(crcInputs & 64'h0000000800080008));
    stateAfter1Byte[12] = (^(crcInputs & 64'h0000001100100011));
    stateAfter1Byte[13] = (^(crcInputs & 64'h0000002300200023));
    stateAfter1Byte[14] = (^(crcInputs & 64'h0000004600400046));
    stateAfter1Byte[15] = (^(crcInputs & 64'h0000008c0080008c));
    stateAfter1Byte[16] = (^(crcInputs & 64'h0000001d0100001d));
    stateAfter1Byte[17] = (^(crcInputs & 64'h0000003b0200003b));
    stateAfter1Byte[18] = (^(crcInputs & 64'h0000007704000077));
    stateAfter1Byte[19] = (^(crcInputs & 64'h000000ee080000ee));
    stateAfter1Byte[20] = (^(crcInputs & 64'h000000d8100000d8));
    stateAfter1Byte[21] = (^(crcInputs & 64'h000000b4200000b4));
    stateAfter1Byte[22] = (^(crcInputs & 64'h0000006c4000006c));
    stateAfter1Byte[23] = (^(crcInputs & 64'h000000d8800000d8));
    stateAfter1Byte[24] = (^(crcInputs & 64'h000000b5000000b5));
    stateAfter1Byte[25] = (^(crcInputs & 64'h0000006f0000006f));
    stateAfter1Byte[26] = (^(crcInputs & 64'h000000df000000df));
    stateAfter1Byte[27] = (^(crcInputs & 64'h000000ba000000ba));
    stateAfter1Byte[28] = (^(crcInputs & 64'h0000007100000071));
    stateAfter1Byte[29] = (^(crcInputs & 64'h000000e3000000e3));
    stateAfter1Byte[30] = (^(crcInputs & 64'h000000c3000000c3));
    stateAfter1Byte[31] = (^(crcInputs & 64'h0000008200000082));
  end

  always @(*) begin
    stateAfter2Bytes[0] = (^(crcInputs & 64'h000004d1000104d1));
    stateAfter2Bytes[1] = (^(crcInputs & 64'h000009a2000209a2));
    stateAfter2Bytes[2] = (^(crcInputs & 64'h0000134400041344));
    stateAfter2Bytes[3] = (^(crcInputs & 64'h0000268800082688));
    stateAfter2Bytes[4] = (^(crcInputs & 64'h00004d1000104d10));
    stateAfter2Bytes[5] = (^(crcInputs & 64'h00009a2000209a20));
    stateAfter2Bytes[6] = (^(crcInputs & 64'h0000309100403091));
    stateAfter2Bytes[7] = (^(crcInputs & 64'h0000612200806122));
    stateAfter2Bytes[8] = (^(crcInputs & 64'h0000c2450100c245));
    stateAfter2Bytes[9] = (^(crcInputs & 64'h0000805a0200805a));
    stateAfter2Bytes[10] = (^(crcInputs & 64'h0000046404000464));
    stateAfter2Bytes[11] = (^(crcInputs & 64'h000008c8080008c8));
    stateAfter2Bytes[12] = (^(crcInputs & 64'h0000119110001191));
    stateAfter2Bytes[13] = (^(crcInputs & 64'h0000232320002323));
    stateAfter2Bytes[14] = (^(crcInputs & 64'h0000464640004646));
    stateAfter2Bytes[15] = (^(crcInputs & 64'h00008c8c80008c8c));
    stateAfter2Bytes[16] = (^(crcInputs & 64'h00001dc900001dc9));
    stateAfter2Bytes[17] = (^(crcInputs & 64'h00003b9300003b93));
    stateAfter2Bytes[18] = (^(crcInputs & 64'h0000772600007726));
    stateAfter2Bytes[19] = (^(crcInputs & 64'h0000ee4d0000ee4d));
    stateAfter2Bytes[20] = (^(crcInputs & 64'h0000d84b0000d84b));
    stateAfter2Bytes[21] = (^(crcInputs & 64'h0000b4460000b446));
    stateAfter2Bytes[22] = (^(crcInputs & 64'h00006c5c00006c5c));
    stateAfter2Bytes[23] = (^(crcInputs & 64'h0000d8b80000d8b8));
    stateAfter2Bytes[24] = (^(crcInputs & 64'h0000b5a10000b5a1));
    stateAfter2Bytes[25] = (^(crcInputs & 64'h00006f9200006f92));
    stateAfter2Bytes[26] = (^(crcInputs & 64'h0000df240000df24));
    stateAfter2Bytes[27] = (^(crcInputs & 64'h0000ba990000ba99));
    stateAfter2Bytes[28] = (^(crcInputs & 64'h000071e3000071e3));
    stateAfter2Bytes[29] = (^(crcInputs & 64'h0000e3c60000e3c6));
    stateAfter2Bytes[30] = (^(crcInputs & 64'h0000c35c0000c35c));
    stateAfter2Bytes[31] = (^(crcInputs & 64'h0000826800008268));
  end

  always @(*) begin
    stateAfter3Bytes[0] = (^(crcInputs & 64'h0004d1010104d101));
    stateAfter3Bytes[1] = (^(crcInputs & 64'h0009a2030209a203));
    stateAfter3Bytes[2] = (^(crcInputs & 64'h0013440704134407));
    stateAfter3Bytes[3] = (^(crcInputs & 64'h0026880e0826880e));
    stateAfter3Bytes[4] = (^(crcInputs & 64'h004d101d104d101d));
    stateAfter3Bytes[5] = (^(crcInputs & 64'h009a203b209a203b));
    stateAfter3Bytes[6] = (^(crcInputs & 64'h0030917640309176));
    stateAfter3Bytes[7] = (^(crcInputs & 64'h006122ec806122ec));
    stateAfter3Bytes[8] = (^(crcInputs & 64'h00c245d800c245d8));
    stateAfter3Bytes[9] = (^(crcInputs & 64'h00805ab100805ab1));
    stateAfter3Bytes[10] = (^(crcInputs & 64'h0004646200046462));
    stateAfter3Bytes[11] = (^(crcInputs & 64'h0008c8c50008c8c5));
    stateAfter3Bytes[12] = (^(crcInputs & 64'h0011918a0011918a));
    stateAfter3Bytes[13] = (^(crcInputs & 64'h0023231500232315));
    stateAfter3Bytes[14] = (^(crcInputs & 64'h0046462b0046462b));
    stateAfter3Bytes[15] = (^(crcInputs & 64'h008c8c56008c8c56));
    stateAfter3Bytes[16] = (^(crcInputs & 64'h001dc9ac001dc9ac));
    stateAfter3Bytes[17] = (^(crcInputs & 64'h003b9359003b9359));
    stateAfter3Bytes[18] = (^(crcInputs & 64'h007726b2007726b2));
    stateAfter3Bytes[19] = (^(crcInputs & 64'h00ee4d6400ee4d64));
    stateAfter3Bytes[20] = (^(crcInputs & 64'h00d84bc800d84bc8));
    stateAfter3Bytes[21] = (^(crcInputs & 64'h00b4469000b44690));
    stateAfter3Bytes[22] = (^(crcInputs & 64'h006c5c21006c5c21));
    stateAfter3Bytes[23] = (^(crcInputs & 64'h00d8b84300d8b843));
    stateAfter3Bytes[24] = (^(crcInputs & 64'h00b5a18700b5a187));
    stateAfter3Bytes[25] = (^(crcInputs & 64'h006f920e006f920e));
    stateAfter3Bytes[26] = (^(crcInputs & 64'h00df241c00df241c));
    stateAfter3Bytes[27] = (^(crcInputs & 64'h00ba993800ba9938));
    stateAfter3Bytes[28] = (^(crcInputs & 64'h0071e3700071e370));
    stateAfter3Bytes[29] = (^(crcInputs & 64'h00e3c6e000e3c6e0));
    stateAfter3Bytes[30] = (^(crcInputs & 64'h00c35cc000c35cc0));
    stateAfter3Bytes[31] = (^(crcInputs & 64'h0082688000826880));
  end

  always @(*) begin
    stateAfter4Bytes[0] = (^(crcInputs & 64'h04d101df04d101df));
    stateAfter4Bytes[1] = (^(crcInputs & 64'h09a203be09a203be));
    stateAfter4Bytes[2] = (^(crcInputs & 64'h1344077d1344077d));
    stateAfter4Bytes[3] = (^(crcInputs & 64'h26880efa26880efa));
    stateAfter4Bytes[4] = (^(crcInputs & 64'h4d101df44d101df4));
    stateAfter4Bytes[5] = (^(crcInputs & 64'h9a203be99a203be9));
    stateAfter4Bytes[6] = (^(crcInputs & 64'h3091760d3091760d));
    stateAfter4Bytes[7] = (^(crcInputs & 64'h6122ec1a6122ec1a));
    stateAfter4Bytes[8] = (^(crcInputs & 64'hc245d835c245d835));
    stateAfter4Bytes[9] = (^(crcInputs & 64'h805ab1b5805ab1b5));
    stateAfter4Bytes[10] = (^(crcInputs & 64'h046462b5046462b5));
    stateAfter4Bytes[11] = (^(crcInputs & 64'h08c8c56a08c8c56a));
    stateAfter4Bytes[12] = (^(crcInputs & 64'h11918ad411918ad4));
    stateAfter4Bytes[13] = (^(crcInputs & 64'h232315a9232315a9));
    stateAfter4Bytes[14] = (^(crcInputs & 64'h46462b5346462b53));
    stateAfter4Bytes[15] = (^(crcInputs & 64'h8c8c56a68c8c56a6));
    stateAfter4Bytes[16] = (^(crcInputs & 64'h1dc9ac921dc9ac92));
    stateAfter4Bytes[17] = (^(crcInputs & 64'h3b9359243b935924));
    stateAfter4Bytes[18] = (^(crcInputs & 64'h7726b2497726b249));
    stateAfter4Bytes[19] = (^(crcInputs & 64'hee4d6493ee4d6493));
    stateAfter4Bytes[20] = (^(crcInputs & 64'hd84bc8f9d84bc8f9));
    stateAfter4Bytes[21] = (^(crcInputs & 64'hb446902db446902d));
    stateAfter4Bytes[22] = (^(crcInputs & 64'h6c5c21846c5c2184));
    stateAfter4Bytes[23] = (^(crcInputs & 64'hd8b84309d8b84309));
    stateAfter4Bytes[24] = (^(crcInputs & 64'hb5a187ccb5a187cc));
    stateAfter4Bytes[25] = (^(crcInputs & 64'h6f920e466f920e46));
    stateAfter4Bytes[26] = (^(crcInputs & 64'hdf241c8cdf241c8c));
    stateAfter4Bytes[27] = (^(crcInputs & 64'hba9938c7ba9938c7));
    stateAfter4Bytes[28] = (^(crcInputs & 64'h71e3705171e37051));
    stateAfter4Bytes[29] = (^(crcInputs & 64'he3c6e0a3e3c6e0a3));
    stateAfter4Bytes[30] = (^(crcInputs & 64'hc35cc098c35cc098));
    stateAfter4Bytes[31] = (^(crcInputs & 64'h826880ef826880ef));
  end

  assign noLaneEnabled = (byteEnable == 4'b0000);
  assign first1LaneEnabled = (byteEnable == 4'b0001);
  assign first2LanesEnabled = (byteEnable == 4'b0011);
  assign first3LanesEnabled = (byteEnable == 4'b0111);
  assign first4LanesEnabled = (byteEnable == 4'b1111);
  assign crc = (~ state);
  assign residueOk = (state == 32'hdebb20e3);
  assign enableError = enableErrorSticky;
  always @(posedge clk or posedge reset) begin
    if(reset) begin
      state <= 32'hffffffff;
      enableErrorSticky <= 1'b0;
    end else begin
      state <= startState;
      if(clear) begin
        enableErrorSticky <= 1'b0;
      end
      if(valid) begin
        if(noLaneEnabled) begin
          state <= startState;
        end else begin
          if(first1LaneEnabled) begin
            state <= stateAfter1Byte;
          end else begin
            if(first2LanesEnabled) begin
              state <= stateAfter2Bytes;
            end else begin
              if(first3LanesEnabled) begin
                state <= stateAfter3Bytes;
              end else begin
                if(first4LanesEnabled) begin
                  state <= stateAfter4Bytes;
                end else begin
                  enableErrorSticky <= 1'b1;
                end
              end
            end
          end
        end
      end
    end
  end


endmodule
