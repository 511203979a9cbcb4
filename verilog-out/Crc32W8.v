// Generator : SpinalHDL v1.14.2    git head : 78f29dc66110fc099a777992b6daa2f803ab445e
// Component : Crc32W8

`timescale 1ns/1ps

module Crc32W8 (
  input  wire          clear,
  input  wire          valid,
  input  wire [7:0]    data,
  input  wire [0:0]    byteEnable,
  output wire [31:0]   crc,
  output wire          residueOk,
  output wire          enableError,
  input  wire          clk,
  input  wire          reset
);

  reg        [31:0]   state;
  reg                 enableErrorSticky;
  wire       [31:0]   startState;
  wire       [39:0]   crcInputs;
  reg        [31:0]   stateAfter1Byte;
  wire                noLaneEnabled;
  wire                first1LaneEnabled;

  assign startState = (clear ? 32'hffffffff : state);
  assign crcInputs = {data,startState};
  always @(*) begin
    stateAfter1Byte[0] = (^(crcInputs & 40'h0400000104));
    stateAfter1Byte[1] = (^(crcInputs & 40'h0900000209));
    stateAfter1Byte[2] = (^(crcInputs & 40'h1300000413));
    stateAfter1Byte[3] = (^(crcInputs & 40'h2600000826));
    stateAfter1Byte[4] = (^(crcInputs & 40'h4d0000104d));
    stateAfter1Byte[5] = (^(crcInputs & 40'h9a0000209a));
    stateAfter1Byte[6] = (^(crcInputs & 40'h3000004030));
    stateAfter1Byte[7] = (^(crcInputs & 40'h6100008061));
    stateAfter1Byte[8] = (^(crcInputs & 40'hc2000100c2));
    stateAfter1Byte[9] = (^(crcInputs & 40'h8000020080));
    stateAfter1Byte[10] = (^(crcInputs & 40'h0400040004));
    stateAfter1Byte[11] = (^(crcInputs & 40'h0800080008));
    stateAfter1Byte[12] = (^(crcInputs & 40'h1100100011));
    stateAfter1Byte[13] = (^(crcInputs & 40'h2300200023));
    stateAfter1Byte[14] = (^(crcInputs & 40'h4600400046));
    stateAfter1Byte[15] = (^(crcInputs & 40'h8c0080008c));
    stateAfter1Byte[16] = (^(crcInputs & 40'h1d0100001d));
    stateAfter1Byte[17] = (^(crcInputs & 40'h3b0200003b));
    stateAfter1Byte[18] = (^(crcInputs & 40'h7704000077));
    stateAfter1Byte[19] = (^(crcInputs & 40'hee080000ee));
    stateAfter1Byte[20] = (^(crcInputs & 40'hd8100000d8));
    stateAfter1Byte[21] = (^(crcInputs & 40'hb4200000b4));
    stateAfter1Byte[22] = (^(crcInputs & 40'h6c4000006c));
    stateAfter1Byte[23] = (^(crcInputs & 40'hd8800000d8));
    stateAfter1Byte[24] = (^(crcInputs & 40'hb5000000b5));
    stateAfter1Byte[25] = (^(crcInputs & 40'h6f0000006f));
    stateAfter1Byte[26] = (^(crcInputs & 40'hdf000000df));
    stateAfter1Byte[27] = (^(crcInputs & 40'hba000000ba));
    stateAfter1Byte[28] = (^(crcInputs & 40'h7100000071));
    stateAfter1Byte[29] = (^(crcInputs & 40'he3000000e3));
    stateAfter1Byte[30] = (^(crcInputs & 40'hc3000000c3));
    stateAfter1Byte[31] = (^(crcInputs & 40'h8200000082));
  end

  assign noLaneEnabled = (byteEnable == 1'b0);
  assign first1LaneEnabled = (byteEnable == 1'b1);
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
            enableErrorSticky <= 1'b1;
          end
        end
      end
    end
  end


endmodule
