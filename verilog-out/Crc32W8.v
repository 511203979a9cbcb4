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

  wire       [31:0]   _zz_stateAfterWordMixed;
  wire       [31:0]   _zz_stateAfterWordShift0;
  wire       [0:0]    _zz_stateAfterWordShift0_1;
  wire       [31:0]   _zz_stateAfterWordShift1;
  wire       [0:0]    _zz_stateAfterWordShift1_1;
  wire       [31:0]   _zz_stateAfterWordShift2;
  wire       [0:0]    _zz_stateAfterWordShift2_1;
  wire       [31:0]   _zz_stateAfterWordShift3;
  wire       [0:0]    _zz_stateAfterWordShift3_1;
  wire       [31:0]   _zz_stateAfterWordShift4;
  wire       [0:0]    _zz_stateAfterWordShift4_1;
  wire       [31:0]   _zz_stateAfterWordShift5;
  wire       [0:0]    _zz_stateAfterWordShift5_1;
  wire       [31:0]   _zz_stateAfterWordShift6;
  wire       [0:0]    _zz_stateAfterWordShift6_1;
  wire       [31:0]   _zz_stateAfterWord;
  wire       [0:0]    _zz_stateAfterWord_1;
  reg        [31:0]   state;
  reg                 enableErrorSticky;
  wire                frameEnded;
  wire                _zz_badWord;
  wire       [31:0]   stateAfterWordMixed;
  wire       [31:0]   stateAfterWordShift0;
  wire       [31:0]   stateAfterWordShift1;
  wire       [31:0]   stateAfterWordShift2;
  wire       [31:0]   stateAfterWordShift3;
  wire       [31:0]   stateAfterWordShift4;
  wire       [31:0]   stateAfterWordShift5;
  wire       [31:0]   stateAfterWordShift6;
  wire       [31:0]   stateAfterWord;
  wire                allLanes;
  wire                noLane;
  wire                badWord;
  reg        [31:0]   loopNext;
  wire                when_Crc32java_l126;

  assign _zz_stateAfterWordMixed = {24'd0, data};
  assign _zz_stateAfterWordShift0_1 = stateAfterWordMixed[0];
  assign _zz_stateAfterWordShift0 = {{31{_zz_stateAfterWordShift0_1[0]}}, _zz_stateAfterWordShift0_1};
  assign _zz_stateAfterWordShift1_1 = stateAfterWordShift0[0];
  assign _zz_stateAfterWordShift1 = {{31{_zz_stateAfterWordShift1_1[0]}}, _zz_stateAfterWordShift1_1};
  assign _zz_stateAfterWordShift2_1 = stateAfterWordShift1[0];
  assign _zz_stateAfterWordShift2 = {{31{_zz_stateAfterWordShift2_1[0]}}, _zz_stateAfterWordShift2_1};
  assign _zz_stateAfterWordShift3_1 = stateAfterWordShift2[0];
  assign _zz_stateAfterWordShift3 = {{31{_zz_stateAfterWordShift3_1[0]}}, _zz_stateAfterWordShift3_1};
  assign _zz_stateAfterWordShift4_1 = stateAfterWordShift3[0];
  assign _zz_stateAfterWordShift4 = {{31{_zz_stateAfterWordShift4_1[0]}}, _zz_stateAfterWordShift4_1};
  assign _zz_stateAfterWordShift5_1 = stateAfterWordShift4[0];
  assign _zz_stateAfterWordShift5 = {{31{_zz_stateAfterWordShift5_1[0]}}, _zz_stateAfterWordShift5_1};
  assign _zz_stateAfterWordShift6_1 = stateAfterWordShift5[0];
  assign _zz_stateAfterWordShift6 = {{31{_zz_stateAfterWordShift6_1[0]}}, _zz_stateAfterWordShift6_1};
  assign _zz_stateAfterWord_1 = stateAfterWordShift6[0];
  assign _zz_stateAfterWord = {{31{_zz_stateAfterWord_1[0]}}, _zz_stateAfterWord_1};
  assign _zz_badWord = (valid && (! clear));
  assign stateAfterWordMixed = (state ^ _zz_stateAfterWordMixed);
  assign stateAfterWordShift0 = ({1'b0,stateAfterWordMixed[31 : 1]} ^ (32'hedb88320 & _zz_stateAfterWordShift0));
  assign stateAfterWordShift1 = ({1'b0,stateAfterWordShift0[31 : 1]} ^ (32'hedb88320 & _zz_stateAfterWordShift1));
  assign stateAfterWordShift2 = ({1'b0,stateAfterWordShift1[31 : 1]} ^ (32'hedb88320 & _zz_stateAfterWordShift2));
  assign stateAfterWordShift3 = ({1'b0,stateAfterWordShift2[31 : 1]} ^ (32'hedb88320 & _zz_stateAfterWordShift3));
  assign stateAfterWordShift4 = ({1'b0,stateAfterWordShift3[31 : 1]} ^ (32'hedb88320 & _zz_stateAfterWordShift4));
  assign stateAfterWordShift5 = ({1'b0,stateAfterWordShift4[31 : 1]} ^ (32'hedb88320 & _zz_stateAfterWordShift5));
  assign stateAfterWordShift6 = ({1'b0,stateAfterWordShift5[31 : 1]} ^ (32'hedb88320 & _zz_stateAfterWordShift6));
  assign stateAfterWord = ({1'b0,stateAfterWordShift6[31 : 1]} ^ (32'hedb88320 & _zz_stateAfterWord));
  assign allLanes = (byteEnable == 1'b1);
  assign noLane = (byteEnable == 1'b0);
  assign badWord = ((((_zz_badWord && (! allLanes)) && (! noLane)) && (! 1'b0)) || ((_zz_badWord && frameEnded) && (! noLane)));
  always @(*) begin
    loopNext = state;
    if(when_Crc32java_l126) begin
      loopNext = stateAfterWord;
    end
    if(clear) begin
      loopNext = 32'hffffffff;
    end
  end

  assign when_Crc32java_l126 = ((_zz_badWord && allLanes) && (! badWord));
  assign frameEnded = 1'b0;
  assign crc = (~ state);
  assign residueOk = (state == 32'hdebb20e3);
  assign enableError = enableErrorSticky;
  always @(posedge clk) begin
    if(reset) begin
      enableErrorSticky <= 1'b0;
    end else begin
      if(clear) begin
        enableErrorSticky <= 1'b0;
      end
      if(badWord) begin
        enableErrorSticky <= 1'b1;
      end
    end
  end

  always @(posedge clk) begin
    state <= loopNext;
  end


endmodule
