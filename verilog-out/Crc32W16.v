// Generator : SpinalHDL v1.14.2    git head : 78f29dc66110fc099a777992b6daa2f803ab445e
// Component : Crc32W16

`timescale 1ns/1ps

module Crc32W16 (
  input  wire          clear,
  input  wire          valid,
  input  wire [15:0]   data,
  input  wire [1:0]    byteEnable,
  output wire [31:0]   crc,
  output wire          residueOk,
  output wire          enableError,
  input  wire          clk,
  input  wire          reset
);

  reg        [31:0]   state;
  reg                 enableErrorSticky;
  wire       [31:0]   startState;
  wire       [47:0]   crcInputs;
  reg        [31:0]   stateAfter1Byte;
  reg        [31:0]   stateAfter2Bytes;
  wire                noLaneEnabled;
  wire                first1LaneEnabled;
  wire                first2LanesEnabled;

  assign startState = (clear ? 32'hffffffff : state);
  assign crcInputs = {data,startState};
  always @(*) begin
    stateAfter1Byte[0] = (^(crcInputs & 48'h000400000104));
    stateAfter1Byte[1] = (^(crcInputs & 48'h000900000209));
    stateAfter1Byte[2] = (^(crcInputs & 48'h001300000413));
    stateAfter1Byte[3] = (^(crcInputs & 48'h002600000826));
    stateAfter1Byte[4] = (^(crcInputs & 48'h004d0000104d));
    stateAfter1Byte[5] = (^(crcInputs & 48'h009a0000209a));
    stateAfter1Byte[6] = (^(crcInputs & 48'h003000004030));
    stateAfter1Byte[7] = (^(crcInputs & 48'h006100008061));
    stateAfter1Byte[8] = (^(crcInputs & 48'h00c2000100c2));
    stateAfter1Byte[9] = (^(crcInputs & 48'h008000020080));
    stateAfter1Byte[10] = (^(crcInputs & 48'h000400040004));
    stateAfter1Byte[11] = (^(crcInputs & 48'h000800080008));
    stateAfter1Byte[12] = (^(crcInputs & 48'h001100100011));
    stateAfter1Byte[13] = (^(crcInputs & 48'h002300200023));
    stateAfter1Byte[14] = (^(crcInputs & 48'h004600400046));
    stateAfter1Byte[15] = (^(crcInputs & 48'h008c0080008c));
    stateAfter1Byte[16] = (^(crcInputs & 48'h001d0100001d));
    stateAfter1Byte[17] = (^(crcInputs & 48'h003b0200003b));
    stateAfter1Byte[18] = (^(crcInputs & 48'h007704000077));
    stateAfter1Byte[19] = (^(crcInputs & 48'h00ee080000ee));
    stateAfter1Byte[20] = (^(crcInputs & 48'h00d8100000d8));
    stateAfter1Byte[21] = (^(crcInputs & 48'h00b4200000b4));
    stateAfter1Byte[22] = (^(crcInputs & 48'h006c4000006c));
    stateAfter1Byte[23] = (^(crcInputs & 48'h00d8800000d8));
    stateAfter1Byte[24] = (^(crcInputs & 48'h00b5000000b5));
    stateAfter1Byte[25] = (^(crcInputs & 48'h006f0000006f));
    stateAfter1Byte[26] = (^(crcInputs & 48'h00df000000df));
    stateAfter1Byte[27] = (^(crcInputs & 48'h00ba000000ba));
    stateAfter1Byte[28] = (^(crcInputs & 48'h007100000071));
    stateAfter1Byte[29] = (^(crcInputs & 48'h00e3000000e3));
    stateAfter1Byte[30] = (^(crcInputs & 48'h00c3000000c3));
    stateAfter1Byte[31] = (^(crcInputs & 48'h008200000082));
  end

  always @(*) begin
    stateAfter2Bytes[0] = (^(crcInputs & 48'h04d1000104d1));
    stateAfter2Bytes[1] = (^(crcInputs & 48'h09a2000209a2));
    stateAfter2Bytes[2] = (^(crcInputs & 48'h134400041344));
    stateAfter2Bytes[3] = (^(crcInputs & 48'h268800082688));
    stateAfter2Bytes[4] = (^(crcInputs & 48'h4d1000104d10));
    stateAfter2Bytes[5] = (^(crcInputs & 48'h9a2000209a20));
    stateAfter2Bytes[6] = (^(crcInputs & 48'h309100403091));
    stateAfter2Bytes[7] = (^(crcInputs & 48'h612200806122));
    stateAfter2Bytes[8] = (^(crcInputs & 48'hc2450100c245));
    stateAfter2Bytes[9] = (^(crcInputs & 48'h805a0200805a));
    stateAfter2Bytes[10] = (^(crcInputs & 48'h046404000464));
    stateAfter2Bytes[11] = (^(crcInputs & 48'h08c8080008c8));
    stateAfter2Bytes[12] = (^(crcInputs & 48'h119110001191));
    stateAfter2Bytes[13] = (^(crcInputs & 48'h232320002323));
    stateAfter2Bytes[14] = (^(crcInputs & 48'h464640004646));
    stateAfter2Bytes[15] = (^(crcInputs & 48'h8c8c80008c8c));
    stateAfter2Bytes[16] = (^(crcInputs & 48'h1dc900001dc9));
    stateAfter2Bytes[17] = (^(crcInputs & 48'h3b9300003b93));
    stateAfter2Bytes[18] = (^(crcInputs & 48'h772600007726));
    stateAfter2Bytes[19] = (^(crcInputs & 48'hee4d0000ee4d));
    stateAfter2Bytes[20] = (^(crcInputs & 48'hd84b0000d84b));
    stateAfter2Bytes[21] = (^(crcInputs & 48'hb4460000b446));
    stateAfter2Bytes[22] = (^(crcInputs & 48'h6c5c00006c5c));
    stateAfter2Bytes[23] = (^(crcInputs & 48'hd8b80000d8b8));
    stateAfter2Bytes[24] = (^(crcInputs & 48'hb5a10000b5a1));
    stateAfter2Bytes[25] = (^(crcInputs & 48'h6f9200006f92));
    stateAfter2Bytes[26] = (^(crcInputs & 48'hdf240000df24));
    stateAfter2Bytes[27] = (^(crcInputs & 48'hba990000ba99));
    stateAfter2Bytes[28] = (^(crcInputs & 48'h71e3000071e3));
    stateAfter2Bytes[29] = (^(crcInputs & 48'he3c60000e3c6));
    stateAfter2Bytes[30] = (^(crcInputs & 48'hc35c0000c35c));
    stateAfter2Bytes[31] = (^(crcInputs & 48'h826800008268));
  end

  assign noLaneEnabled = (byteEnable == 2'b00);
  assign first1LaneEnabled = (byteEnable == 2'b01);
  assign first2LanesEnabled = (byteEnable == 2'b11);
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
              enableErrorSticky <= 1'b1;
            end
          end
        end
      end
    end
  end


endmodule
