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

  wire       [31:0]   _zz_lanes1Mixed;
  wire       [7:0]    _zz_lanes1Mixed_1;
  wire       [31:0]   _zz_lanes2Mixed;
  wire       [15:0]   _zz_lanes2Mixed_1;
  wire       [31:0]   _zz_lanes3Mixed;
  wire       [23:0]   _zz_lanes3Mixed_1;
  reg        [31:0]   state;
  reg                 enableErrorSticky;
  wire       [31:0]   startState;
  wire       [31:0]   lanes1Mixed;
  reg        [31:0]   stateAfter1Byte;
  wire       [31:0]   lanes2Mixed;
  reg        [31:0]   stateAfter2Bytes;
  wire       [31:0]   lanes3Mixed;
  reg        [31:0]   stateAfter3Bytes;
  wire       [31:0]   lanes4Mixed;
  reg        [31:0]   stateAfter4Bytes;
  wire                noLaneEnabled;
  wire                first1LaneEnabled;
  wire                first2LanesEnabled;
  wire                first3LanesEnabled;
  wire                first4LanesEnabled;

  assign _zz_lanes1Mixed_1 = data[7 : 0];
  assign _zz_lanes1Mixed = {24'd0, _zz_lanes1Mixed_1};
  assign _zz_lanes2Mixed_1 = data[15 : 0];
  assign _zz_lanes2Mixed = {16'd0, _zz_lanes2Mixed_1};
  assign _zz_lanes3Mixed_1 = data[23 : 0];
  assign _zz_lanes3Mixed = {8'd0, _zz_lanes3Mixed_1};
  assign startState = (clear ? 32'hffffffff : state);
  assign lanes1Mixed = (startState ^ _zz_lanes1Mixed);
  always @(*) begin
    stateAfter1Byte[0] = (^(lanes1Mixed & 32'h00000104));
    stateAfter1Byte[1] = (^(lanes1Mixed & 32'h00000209));
    stateAfter1Byte[2] = (^(lanes1Mixed & 32'h00000413));
    stateAfter1Byte[3] = (^(lanes1Mixed & 32'h00000826));
    stateAfter1Byte[4] = (^(lanes1Mixed & 32'h0000104d));
    stateAfter1Byte[5] = (^(lanes1Mixed & 32'h0000209a));
    stateAfter1Byte[6] = (^(lanes1Mixed & 32'h00004030));
    stateAfter1Byte[7] = (^(lanes1Mixed & 32'h00008061));
    stateAfter1Byte[8] = (^(lanes1Mixed & 32'h000100c2));
    stateAfter1Byte[9] = (^(lanes1Mixed & 32'h00020080));
    stateAfter1Byte[10] = (^(lanes1Mixed & 32'h00040004));
    stateAfter1Byte[11] = (^(lanes1Mixed & 32'h00080008));
    stateAfter1Byte[12] = (^(lanes1Mixed & 32'h00100011));
    stateAfter1Byte[13] = (^(lanes1Mixed & 32'h00200023));
    stateAfter1Byte[14] = (^(lanes1Mixed & 32'h00400046));
    stateAfter1Byte[15] = (^(lanes1Mixed & 32'h0080008c));
    stateAfter1Byte[16] = (^(lanes1Mixed & 32'h0100001d));
    stateAfter1Byte[17] = (^(lanes1Mixed & 32'h0200003b));
    stateAfter1Byte[18] = (^(lanes1Mixed & 32'h04000077));
    stateAfter1Byte[19] = (^(lanes1Mixed & 32'h080000ee));
    stateAfter1Byte[20] = (^(lanes1Mixed & 32'h100000d8));
    stateAfter1Byte[21] = (^(lanes1Mixed & 32'h200000b4));
    stateAfter1Byte[22] = (^(lanes1Mixed & 32'h4000006c));
    stateAfter1Byte[23] = (^(lanes1Mixed & 32'h800000d8));
    stateAfter1Byte[24] = (^(lanes1Mixed & 32'h000000b5));
    stateAfter1Byte[25] = (^(lanes1Mixed & 32'h0000006f));
    stateAfter1Byte[26] = (^(lanes1Mixed & 32'h000000df));
    stateAfter1Byte[27] = (^(lanes1Mixed & 32'h000000ba));
    stateAfter1Byte[28] = (^(lanes1Mixed & 32'h00000071));
    stateAfter1Byte[29] = (^(lanes1Mixed & 32'h000000e3));
    stateAfter1Byte[30] = (^(lanes1Mixed & 32'h000000c3));
    stateAfter1Byte[31] = (^(lanes1Mixed & 32'h00000082));
  end

  assign lanes2Mixed = (startState ^ _zz_lanes2Mixed);
  always @(*) begin
    stateAfter2Bytes[0] = (^(lanes2Mixed & 32'h000104d1));
    stateAfter2Bytes[1] = (^(lanes2Mixed & 32'h000209a2));
    stateAfter2Bytes[2] = (^(lanes2Mixed & 32'h00041344));
    stateAfter2Bytes[3] = (^(lanes2Mixed & 32'h00082688));
    stateAfter2Bytes[4] = (^(lanes2Mixed & 32'h00104d10));
    stateAfter2Bytes[5] = (^(lanes2Mixed & 32'h00209a20));
    stateAfter2Bytes[6] = (^(lanes2Mixed & 32'h00403091));
    stateAfter2Bytes[7] = (^(lanes2Mixed & 32'h00806122));
    stateAfter2Bytes[8] = (^(lanes2Mixed & 32'h0100c245));
    stateAfter2Bytes[9] = (^(lanes2Mixed & 32'h0200805a));
    stateAfter2Bytes[10] = (^(lanes2Mixed & 32'h04000464));
    stateAfter2Bytes[11] = (^(lanes2Mixed & 32'h080008c8));
    stateAfter2Bytes[12] = (^(lanes2Mixed & 32'h10001191));
    stateAfter2Bytes[13] = (^(lanes2Mixed & 32'h20002323));
    stateAfter2Bytes[14] = (^(lanes2Mixed & 32'h40004646));
    stateAfter2Bytes[15] = (^(lanes2Mixed & 32'h80008c8c));
    stateAfter2Bytes[16] = (^(lanes2Mixed & 32'h00001dc9));
    stateAfter2Bytes[17] = (^(lanes2Mixed & 32'h00003b93));
    stateAfter2Bytes[18] = (^(lanes2Mixed & 32'h00007726));
    stateAfter2Bytes[19] = (^(lanes2Mixed & 32'h0000ee4d));
    stateAfter2Bytes[20] = (^(lanes2Mixed & 32'h0000d84b));
    stateAfter2Bytes[21] = (^(lanes2Mixed & 32'h0000b446));
    stateAfter2Bytes[22] = (^(lanes2Mixed & 32'h00006c5c));
    stateAfter2Bytes[23] = (^(lanes2Mixed & 32'h0000d8b8));
    stateAfter2Bytes[24] = (^(lanes2Mixed & 32'h0000b5a1));
    stateAfter2Bytes[25] = (^(lanes2Mixed & 32'h00006f92));
    stateAfter2Bytes[26] = (^(lanes2Mixed & 32'h0000df24));
    stateAfter2Bytes[27] = (^(lanes2Mixed & 32'h0000ba99));
    stateAfter2Bytes[28] = (^(lanes2Mixed & 32'h000071e3));
    stateAfter2Bytes[29] = (^(lanes2Mixed & 32'h0000e3c6));
    stateAfter2Bytes[30] = (^(lanes2Mixed & 32'h0000c35c));
    stateAfter2Bytes[31] = (^(lanes2Mixed & 32'h00008268));
  end

  assign lanes3Mixed = (startState ^ _zz_lanes3Mixed);
  always @(*) begin
    stateAfter3Bytes[0] = (^(lanes3Mixed & 32'h0104d101));
    stateAfter3Bytes[1] = (^(lanes3Mixed & 32'h0209a203));
    stateAfter3Bytes[2] = (^(lanes3Mixed & 32'h04134407));
    stateAfter3Bytes[3] = (^(lanes3Mixed & 32'h0826880e));
    stateAfter3Bytes[4] = (^(lanes3Mixed & 32'h104d101d));
    stateAfter3Bytes[5] = (^(lanes3Mixed & 32'h209a203b));
    stateAfter3Bytes[6] = (^(lanes3Mixed & 32'h40309176));
    stateAfter3Bytes[7] = (^(lanes3Mixed & 32'h806122ec));
    stateAfter3Bytes[8] = (^(lanes3Mixed & 32'h00c245d8));
    stateAfter3Bytes[9] = (^(lanes3Mixed & 32'h00805ab1));
    stateAfter3Bytes[10] = (^(lanes3Mixed & 32'h00046462));
    stateAfter3Bytes[11] = (^(lanes3Mixed & 32'h0008c8c5));
    stateAfter3Bytes[12] = (^(lanes3Mixed & 32'h0011918a));
    stateAfter3Bytes[13] = (^(lanes3Mixed & 32'h00232315));
    stateAfter3Bytes[14] = (^(lanes3Mixed & 32'h0046462b));
    stateAfter3Bytes[15] = (^(lanes3Mixed & 32'h008c8c56));
    stateAfter3Bytes[16] = (^(lanes3Mixed & 32'h001dc9ac));
    stateAfter3Bytes[17] = (^(lanes3Mixed & 32'h003b9359));
    stateAfter3Bytes[18] = (^(lanes3Mixed & 32'h007726b2));
    stateAfter3Bytes[19] = (^(lanes3Mixed & 32'h00ee4d64));
    stateAfter3Bytes[20] = (^(lanes3Mixed & 32'h00d84bc8));
    stateAfter3Bytes[21] = (^(lanes3Mixed & 32'h00b44690));
    stateAfter3Bytes[22] = (^(lanes3Mixed & 32'h006c5c21));
    stateAfter3Bytes[23] = (^(lanes3Mixed & 32'h00d8b843));
    stateAfter3Bytes[24] = (^(lanes3Mixed & 32'h00b5a187));
    stateAfter3Bytes[25] = (^(lanes3Mixed & 32'h006f920e));
    stateAfter3Bytes[26] = (^(lanes3Mixed & 32'h00df241c));
    stateAfter3Bytes[27] = (^(lanes3Mixed & 32'h00ba9938));
    stateAfter3Bytes[28] = (^(lanes3Mixed & 32'h0071e370));
    stateAfter3Bytes[29] = (^(lanes3Mixed & 32'h00e3c6e0));
    stateAfter3Bytes[30] = (^(lanes3Mixed & 32'h00c35cc0));
    stateAfter3Bytes[31] = (^(lanes3Mixed & 32'h00826880));
  end

  assign lanes4Mixed = (startState ^ data[31 : 0]);
  always @(*) begin
    stateAfter4Bytes[0] = (^(lanes4Mixed & 32'h04d101df));
    stateAfter4Bytes[1] = (^(lanes4Mixed & 32'h09a203be));
    stateAfter4Bytes[2] = (^(lanes4Mixed & 32'h1344077d));
    stateAfter4Bytes[3] = (^(lanes4Mixed & 32'h26880efa));
    stateAfter4Bytes[4] = (^(lanes4Mixed & 32'h4d101df4));
    stateAfter4Bytes[5] = (^(lanes4Mixed & 32'h9a203be9));
    stateAfter4Bytes[6] = (^(lanes4Mixed & 32'h3091760d));
    stateAfter4Bytes[7] = (^(lanes4Mixed & 32'h6122ec1a));
    stateAfter4Bytes[8] = (^(lanes4Mixed & 32'hc245d835));
    stateAfter4Bytes[9] = (^(lanes4Mixed & 32'h805ab1b5));
    stateAfter4Bytes[10] = (^(lanes4Mixed & 32'h046462b5));
    stateAfter4Bytes[11] = (^(lanes4Mixed & 32'h08c8c56a));
    stateAfter4Bytes[12] = (^(lanes4Mixed & 32'h11918ad4));
    stateAfter4Bytes[13] = (^(lanes4Mixed & 32'h232315a9));
    stateAfter4Bytes[14] = (^(lanes4Mixed & 32'h46462b53));
    stateAfter4Bytes[15] = (^(lanes4Mixed & 32'h8c8c56a6));
    stateAfter4Bytes[16] = (^(lanes4Mixed & 32'h1dc9ac92));
    stateAfter4Bytes[17] = (^(lanes4Mixed & 32'h3b935924));
    stateAfter4Bytes[18] = (^(lanes4Mixed & 32'h7726b249));
    stateAfter4Bytes[19] = (^(lanes4Mixed & 32'hee4d6493));
    stateAfter4Bytes[20] = (^(lanes4Mixed & 32'hd84bc8f9));
    stateAfter4Bytes[21] = (^(lanes4Mixed & 32'hb446902d));
    stateAfter4Bytes[22] = (^(lanes4Mixed & 32'h6c5c2184));
    stateAfter4Bytes[23] = (^(lanes4Mixed & 32'hd8b84309));
    stateAfter4Bytes[24] = (^(lanes4Mixed & 32'hb5a187cc));
    stateAfter4Bytes[25] = (^(lanes4Mixed & 32'h6f920e46));
    stateAfter4Bytes[26] = (^(lanes4Mixed & 32'hdf241c8c));
    stateAfter4Bytes[27] = (^(lanes4Mixed & 32'hba9938c7));
    stateAfter4Bytes[28] = (^(lanes4Mixed & 32'h71e37051));
    stateAfter4Bytes[29] = (^(lanes4Mixed & 32'he3c6e0a3));
    stateAfter4Bytes[30] = (^(lanes4Mixed & 32'hc35cc098));
    stateAfter4Bytes[31] = (^(lanes4Mixed & 32'h826880ef));
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
