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

  wire       [31:0]   _zz_stateAfterWordMixed;
  wire       [15:0]   _zz_stateAfterWordMixed_1;
  wire       [31:0]   _zz_tailAdvanced_1Mixed;
  wire       [7:0]    _zz_tailAdvanced_1Mixed_1;
  reg        [31:0]   state;
  reg                 enableErrorSticky;
  reg                 frameEnded;
  wire                _zz_badWord;
  wire       [31:0]   stateAfterWordMixed;
  reg        [31:0]   stateAfterWord;
  wire                allLanes;
  wire                noLane;
  wire                _zz_badWord_1;
  wire                _zz_when_Crc32java_l134;
  wire                badWord;
  reg        [31:0]   loopNext;
  wire                when_Crc32java_l126;
  wire                when_Crc32java_l134;
  reg        [31:0]   tailState_0;
  reg        [7:0]    tailData_0;
  reg        [0:0]    tailLanes_0;
  wire                when_Crc32java_l155;
  wire                when_Crc32java_l159;
  reg        [0:0]    _zz_tailLanes_0;
  wire                when_Crc32java_l249;
  reg        [31:0]   tailState_1;
  wire       [31:0]   tailAdvanced_1Mixed;
  reg        [31:0]   tailAdvanced_1;

  assign _zz_stateAfterWordMixed_1 = data[15 : 0];
  assign _zz_stateAfterWordMixed = {16'd0, _zz_stateAfterWordMixed_1};
  assign _zz_tailAdvanced_1Mixed_1 = tailData_0[7 : 0];
  assign _zz_tailAdvanced_1Mixed = {24'd0, _zz_tailAdvanced_1Mixed_1};
  assign _zz_badWord = (valid && (! clear));
  assign stateAfterWordMixed = (state ^ _zz_stateAfterWordMixed);
  always @(*) begin
    stateAfterWord[0] = (^(stateAfterWordMixed & 32'h000104d1));
    stateAfterWord[1] = (^(stateAfterWordMixed & 32'h000209a2));
    stateAfterWord[2] = (^(stateAfterWordMixed & 32'h00041344));
    stateAfterWord[3] = (^(stateAfterWordMixed & 32'h00082688));
    stateAfterWord[4] = (^(stateAfterWordMixed & 32'h00104d10));
    stateAfterWord[5] = (^(stateAfterWordMixed & 32'h00209a20));
    stateAfterWord[6] = (^(stateAfterWordMixed & 32'h00403091));
    stateAfterWord[7] = (^(stateAfterWordMixed & 32'h00806122));
    stateAfterWord[8] = (^(stateAfterWordMixed & 32'h0100c245));
    stateAfterWord[9] = (^(stateAfterWordMixed & 32'h0200805a));
    stateAfterWord[10] = (^(stateAfterWordMixed & 32'h04000464));
    stateAfterWord[11] = (^(stateAfterWordMixed & 32'h080008c8));
    stateAfterWord[12] = (^(stateAfterWordMixed & 32'h10001191));
    stateAfterWord[13] = (^(stateAfterWordMixed & 32'h20002323));
    stateAfterWord[14] = (^(stateAfterWordMixed & 32'h40004646));
    stateAfterWord[15] = (^(stateAfterWordMixed & 32'h80008c8c));
    stateAfterWord[16] = (^(stateAfterWordMixed & 32'h00001dc9));
    stateAfterWord[17] = (^(stateAfterWordMixed & 32'h00003b93));
    stateAfterWord[18] = (^(stateAfterWordMixed & 32'h00007726));
    stateAfterWord[19] = (^(stateAfterWordMixed & 32'h0000ee4d));
    stateAfterWord[20] = (^(stateAfterWordMixed & 32'h0000d84b));
    stateAfterWord[21] = (^(stateAfterWordMixed & 32'h0000b446));
    stateAfterWord[22] = (^(stateAfterWordMixed & 32'h00006c5c));
    stateAfterWord[23] = (^(stateAfterWordMixed & 32'h0000d8b8));
    stateAfterWord[24] = (^(stateAfterWordMixed & 32'h0000b5a1));
    stateAfterWord[25] = (^(stateAfterWordMixed & 32'h00006f92));
    stateAfterWord[26] = (^(stateAfterWordMixed & 32'h0000df24));
    stateAfterWord[27] = (^(stateAfterWordMixed & 32'h0000ba99));
    stateAfterWord[28] = (^(stateAfterWordMixed & 32'h000071e3));
    stateAfterWord[29] = (^(stateAfterWordMixed & 32'h0000e3c6));
    stateAfterWord[30] = (^(stateAfterWordMixed & 32'h0000c35c));
    stateAfterWord[31] = (^(stateAfterWordMixed & 32'h00008268));
  end

  assign allLanes = (byteEnable == 2'b11);
  assign noLane = (byteEnable == 2'b00);
  assign _zz_badWord_1 = (1'b0 || (byteEnable == 2'b01));
  assign _zz_when_Crc32java_l134 = (_zz_badWord && _zz_badWord_1);
  assign badWord = ((((_zz_badWord && (! allLanes)) && (! noLane)) && (! _zz_badWord_1)) || ((_zz_badWord && frameEnded) && (! noLane)));
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
  assign when_Crc32java_l134 = (_zz_when_Crc32java_l134 && (! badWord));
  assign when_Crc32java_l155 = (! (frameEnded && (! clear)));
  assign when_Crc32java_l159 = (_zz_when_Crc32java_l134 && (! badWord));
  always @(*) begin
    _zz_tailLanes_0 = 1'b0;
    if(when_Crc32java_l249) begin
      _zz_tailLanes_0 = 1'b1;
    end
  end

  assign when_Crc32java_l249 = byteEnable[0];
  assign tailAdvanced_1Mixed = (tailState_0 ^ _zz_tailAdvanced_1Mixed);
  always @(*) begin
    tailAdvanced_1[0] = (^(tailAdvanced_1Mixed & 32'h00000104));
    tailAdvanced_1[1] = (^(tailAdvanced_1Mixed & 32'h00000209));
    tailAdvanced_1[2] = (^(tailAdvanced_1Mixed & 32'h00000413));
    tailAdvanced_1[3] = (^(tailAdvanced_1Mixed & 32'h00000826));
    tailAdvanced_1[4] = (^(tailAdvanced_1Mixed & 32'h0000104d));
    tailAdvanced_1[5] = (^(tailAdvanced_1Mixed & 32'h0000209a));
    tailAdvanced_1[6] = (^(tailAdvanced_1Mixed & 32'h00004030));
    tailAdvanced_1[7] = (^(tailAdvanced_1Mixed & 32'h00008061));
    tailAdvanced_1[8] = (^(tailAdvanced_1Mixed & 32'h000100c2));
    tailAdvanced_1[9] = (^(tailAdvanced_1Mixed & 32'h00020080));
    tailAdvanced_1[10] = (^(tailAdvanced_1Mixed & 32'h00040004));
    tailAdvanced_1[11] = (^(tailAdvanced_1Mixed & 32'h00080008));
    tailAdvanced_1[12] = (^(tailAdvanced_1Mixed & 32'h00100011));
    tailAdvanced_1[13] = (^(tailAdvanced_1Mixed & 32'h00200023));
    tailAdvanced_1[14] = (^(tailAdvanced_1Mixed & 32'h00400046));
    tailAdvanced_1[15] = (^(tailAdvanced_1Mixed & 32'h0080008c));
    tailAdvanced_1[16] = (^(tailAdvanced_1Mixed & 32'h0100001d));
    tailAdvanced_1[17] = (^(tailAdvanced_1Mixed & 32'h0200003b));
    tailAdvanced_1[18] = (^(tailAdvanced_1Mixed & 32'h04000077));
    tailAdvanced_1[19] = (^(tailAdvanced_1Mixed & 32'h080000ee));
    tailAdvanced_1[20] = (^(tailAdvanced_1Mixed & 32'h100000d8));
    tailAdvanced_1[21] = (^(tailAdvanced_1Mixed & 32'h200000b4));
    tailAdvanced_1[22] = (^(tailAdvanced_1Mixed & 32'h4000006c));
    tailAdvanced_1[23] = (^(tailAdvanced_1Mixed & 32'h800000d8));
    tailAdvanced_1[24] = (^(tailAdvanced_1Mixed & 32'h000000b5));
    tailAdvanced_1[25] = (^(tailAdvanced_1Mixed & 32'h0000006f));
    tailAdvanced_1[26] = (^(tailAdvanced_1Mixed & 32'h000000df));
    tailAdvanced_1[27] = (^(tailAdvanced_1Mixed & 32'h000000ba));
    tailAdvanced_1[28] = (^(tailAdvanced_1Mixed & 32'h00000071));
    tailAdvanced_1[29] = (^(tailAdvanced_1Mixed & 32'h000000e3));
    tailAdvanced_1[30] = (^(tailAdvanced_1Mixed & 32'h000000c3));
    tailAdvanced_1[31] = (^(tailAdvanced_1Mixed & 32'h00000082));
  end

  assign crc = (~ tailState_1);
  assign residueOk = (tailState_1 == 32'hdebb20e3);
  assign enableError = enableErrorSticky;
  always @(posedge clk) begin
    if(reset) begin
      enableErrorSticky <= 1'b0;
      frameEnded <= 1'b0;
      tailState_0 <= 32'hffffffff;
      tailData_0 <= 8'h0;
      tailLanes_0 <= 1'b0;
      tailState_1 <= 32'hffffffff;
    end else begin
      if(clear) begin
        enableErrorSticky <= 1'b0;
      end
      if(badWord) begin
        enableErrorSticky <= 1'b1;
      end
      if(clear) begin
        frameEnded <= 1'b0;
      end
      if(when_Crc32java_l134) begin
        frameEnded <= 1'b1;
      end
      if(when_Crc32java_l155) begin
        tailState_0 <= loopNext;
        tailData_0 <= data[7 : 0];
        tailLanes_0 <= 1'b0;
        if(when_Crc32java_l159) begin
          tailState_0 <= state;
          tailLanes_0 <= _zz_tailLanes_0;
        end
      end
      tailState_1 <= (tailLanes_0[0] ? tailAdvanced_1 : tailState_0);
    end
  end

  always @(posedge clk) begin
    state <= loopNext;
  end


endmodule
