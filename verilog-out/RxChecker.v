// Generator : SpinalHDL v1.14.2    git head : 78f29dc66110fc099a777992b6daa2f803ab445e
// Component : RxChecker

`timescale 1ns/1ps

module RxChecker (
  input  wire          rxValid,
  input  wire [7:0]    rxData,
  input  wire          rxLast,
  input  wire          rxDribble,
  input  wire [13:0]   maxLength,
  output wire          outValid,
  output wire [7:0]    outData,
  output wire          outLast,
  output wire          fcsError,
  output wire          alignmentError,
  output wire          runt,
  output wire          giant,
  output wire [13:0]   length,
  output wire [5:0]    destinationHash,
  input  wire          clk,
  input  wire          reset
);

  wire                fcsCheck_clear;
  wire       [31:0]   fcsCheck_crc;
  wire                fcsCheck_residueOk;
  wire                fcsCheck_enableError;
  wire       [13:0]   _zz_count;
  wire       [13:0]   _zz_giant;
  reg                 validReg;
  reg        [7:0]    dataReg;
  reg                 lastReg;
  reg                 dribbleReg;
  reg                 firstByte;
  reg        [13:0]   count;
  reg        [5:0]    hashReg;
  wire                when_RxCheckerjava_l109;
  wire                _zz_fcsError;

  assign _zz_count = (count + 14'h0001);
  assign _zz_giant = (maxLength + 14'h0004);
  Crc32W8 fcsCheck (
    .clear       (fcsCheck_clear      ), //i
    .valid       (rxValid             ), //i
    .data        (rxData[7:0]         ), //i
    .byteEnable  (1'b1                ), //i
    .crc         (fcsCheck_crc[31:0]  ), //o
    .residueOk   (fcsCheck_residueOk  ), //o
    .enableError (fcsCheck_enableError), //o
    .clk         (clk                 ), //i
    .reset       (reset               )  //i
  );
  assign fcsCheck_clear = (rxValid && firstByte);
  assign when_RxCheckerjava_l109 = ((rxValid && (count == 14'h0006)) && (! firstByte));
  assign destinationHash = hashReg;
  assign _zz_fcsError = (! fcsCheck_residueOk);
  assign outValid = validReg;
  assign outData = dataReg;
  assign outLast = lastReg;
  assign fcsError = ((lastReg && _zz_fcsError) && (! dribbleReg));
  assign alignmentError = ((lastReg && _zz_fcsError) && dribbleReg);
  assign runt = (lastReg && (count < 14'h0040));
  assign giant = (lastReg && (_zz_giant < count));
  assign length = count;
  always @(posedge clk or posedge reset) begin
    if(reset) begin
      validReg <= 1'b0;
      dataReg <= 8'h0;
      lastReg <= 1'b0;
      dribbleReg <= 1'b0;
      firstByte <= 1'b1;
      count <= 14'h0;
      hashReg <= 6'h0;
    end else begin
      validReg <= rxValid;
      dataReg <= rxData;
      lastReg <= (rxValid && rxLast);
      dribbleReg <= rxDribble;
      if(rxValid) begin
        firstByte <= rxLast;
        count <= (firstByte ? 14'h0001 : ((count == 14'h3fff) ? count : _zz_count));
      end
      if(when_RxCheckerjava_l109) begin
        hashReg <= fcsCheck_crc[31 : 26];
      end
    end
  end


endmodule

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
