// The byte-wide CRC-32 core as generated before 2026-12-03: its register's next state written as 32
// XOR equations (Crc32Equations.afterBytes(1)). The reference for formal/crc_equivalence.ys.
// Generator : SpinalHDL v1.14.2    git head : 78f29dc66110fc099a777992b6daa2f803ab445e
// Component : Crc32W8

`timescale 1ns/1ps

module Crc32W8Equations (
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

  wire       [31:0]   _zz_stateAfterWordMixed;
  wire       [7:0]    _zz_stateAfterWordMixed_1;
  reg        [31:0]   state;
  reg                 enableErrorSticky;
  wire                frameEnded;
  wire       [31:0]   startState;
  wire       [31:0]   stateAfterWordMixed;
  reg        [31:0]   stateAfterWord;
  wire                allLanes;
  wire                noLane;
  wire                badWord;
  reg        [31:0]   loopNext;
  wire                when_Crc32java_l109;

  assign _zz_stateAfterWordMixed_1 = data[7 : 0];
  assign _zz_stateAfterWordMixed = {24'd0, _zz_stateAfterWordMixed_1};
  assign startState = (clear ? 32'hffffffff : state);
  assign stateAfterWordMixed = (startState ^ _zz_stateAfterWordMixed);
  always @(*) begin
    stateAfterWord[0] = (^(stateAfterWordMixed & 32'h00000104));
    stateAfterWord[1] = (^(stateAfterWordMixed & 32'h00000209));
    stateAfterWord[2] = (^(stateAfterWordMixed & 32'h00000413));
    stateAfterWord[3] = (^(stateAfterWordMixed & 32'h00000826));
    stateAfterWord[4] = (^(stateAfterWordMixed & 32'h0000104d));
    stateAfterWord[5] = (^(stateAfterWordMixed & 32'h0000209a));
    stateAfterWord[6] = (^(stateAfterWordMixed & 32'h00004030));
    stateAfterWord[7] = (^(stateAfterWordMixed & 32'h00008061));
    stateAfterWord[8] = (^(stateAfterWordMixed & 32'h000100c2));
    stateAfterWord[9] = (^(stateAfterWordMixed & 32'h00020080));
    stateAfterWord[10] = (^(stateAfterWordMixed & 32'h00040004));
    stateAfterWord[11] = (^(stateAfterWordMixed & 32'h00080008));
    stateAfterWord[12] = (^(stateAfterWordMixed & 32'h00100011));
    stateAfterWord[13] = (^(stateAfterWordMixed & 32'h00200023));
    stateAfterWord[14] = (^(stateAfterWordMixed & 32'h00400046));
    stateAfterWord[15] = (^(stateAfterWordMixed & 32'h0080008c));
    stateAfterWord[16] = (^(stateAfterWordMixed & 32'h0100001d));
    stateAfterWord[17] = (^(stateAfterWordMixed & 32'h0200003b));
    stateAfterWord[18] = (^(stateAfterWordMixed & 32'h04000077));
    stateAfterWord[19] = (^(stateAfterWordMixed & 32'h080000ee));
    stateAfterWord[20] = (^(stateAfterWordMixed & 32'h100000d8));
    stateAfterWord[21] = (^(stateAfterWordMixed & 32'h200000b4));
    stateAfterWord[22] = (^(stateAfterWordMixed & 32'h4000006c));
    stateAfterWord[23] = (^(stateAfterWordMixed & 32'h800000d8));
    stateAfterWord[24] = (^(stateAfterWordMixed & 32'h000000b5));
    stateAfterWord[25] = (^(stateAfterWordMixed & 32'h0000006f));
    stateAfterWord[26] = (^(stateAfterWordMixed & 32'h000000df));
    stateAfterWord[27] = (^(stateAfterWordMixed & 32'h000000ba));
    stateAfterWord[28] = (^(stateAfterWordMixed & 32'h00000071));
    stateAfterWord[29] = (^(stateAfterWordMixed & 32'h000000e3));
    stateAfterWord[30] = (^(stateAfterWordMixed & 32'h000000c3));
    stateAfterWord[31] = (^(stateAfterWordMixed & 32'h00000082));
  end

  assign allLanes = (byteEnable == 1'b1);
  assign noLane = (byteEnable == 1'b0);
  assign badWord = ((((valid && (! allLanes)) && (! noLane)) && (! 1'b0)) || (((valid && frameEnded) && (! clear)) && (! noLane)));
  always @(*) begin
    loopNext = startState;
    if(when_Crc32java_l109) begin
      loopNext = stateAfterWord;
    end
  end

  assign when_Crc32java_l109 = ((valid && allLanes) && (! badWord));
  assign frameEnded = 1'b0;
  assign crc = (~ state);
  assign residueOk = (state == 32'hdebb20e3);
  assign enableError = enableErrorSticky;
  always @(posedge clk or posedge reset) begin
    if(reset) begin
      state <= 32'hffffffff;
      enableErrorSticky <= 1'b0;
    end else begin
      state <= loopNext;
      if(clear) begin
        enableErrorSticky <= 1'b0;
      end
      if(badWord) begin
        enableErrorSticky <= 1'b1;
      end
    end
  end


endmodule
