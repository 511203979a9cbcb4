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

  wire       [31:0]   fcsCheck_crc;
  wire                fcsCheck_residueOk;
  wire                fcsCheck_enableError;
  reg                 inValid;
  reg        [7:0]    inData;
  reg                 inLast;
  reg                 inDribble;
  reg                 validReg;
  reg        [7:0]    dataReg;
  reg                 lastReg;
  reg                 dribbleReg;
  reg                 firstByte;
  reg        [13:0]   count;
  reg                 atMax;
  reg                 seventhNext;
  reg        [4:0]    beyond;
  reg        [5:0]    hashReg;
  wire                when_RxCheckerjava_l140;
  wire                when_RxCheckerjava_l151;
  wire                _zz_fcsError;

  Crc32W8 fcsCheck (
    .clear       (when_RxCheckerjava_l140), //i
    .valid       (inValid                ), //i
    .data        (inData[7:0]            ), //i
    .byteEnable  (1'b1                   ), //i
    .crc         (fcsCheck_crc[31:0]     ), //o
    .residueOk   (fcsCheck_residueOk     ), //o
    .enableError (fcsCheck_enableError   ), //o
    .clk         (clk                    ), //i
    .reset       (reset                  )  //i
  );
  assign when_RxCheckerjava_l140 = (firstByte && (! inValid));
  assign when_RxCheckerjava_l151 = (inValid && seventhNext);
  assign destinationHash = hashReg;
  assign _zz_fcsError = (! fcsCheck_residueOk);
  assign outValid = validReg;
  assign outData = dataReg;
  assign outLast = lastReg;
  assign fcsError = ((lastReg && _zz_fcsError) && (! dribbleReg));
  assign alignmentError = ((lastReg && _zz_fcsError) && dribbleReg);
  assign runt = (lastReg && (count[13 : 6] == 8'h0));
  assign giant = (lastReg && beyond[4]);
  assign length = count;
  always @(posedge clk) begin
    if(reset) begin
      inValid <= 1'b0;
      validReg <= 1'b0;
      dataReg <= 8'h0;
      lastReg <= 1'b0;
      dribbleReg <= 1'b0;
      firstByte <= 1'b1;
      hashReg <= 6'h0;
    end else begin
      inValid <= rxValid;
      validReg <= inValid;
      dataReg <= inData;
      lastReg <= (inValid && inLast);
      dribbleReg <= inDribble;
      if(inValid) begin
        firstByte <= inLast;
      end
      if(when_RxCheckerjava_l151) begin
        hashReg <= fcsCheck_crc[31 : 26];
      end
    end
  end

  always @(posedge clk) begin
    inData <= rxData;
    inLast <= rxLast;
    inDribble <= rxDribble;
    if(inValid) begin
      count <= (count + (atMax ? 14'h0 : 14'h0001));
      atMax <= (atMax || (count == 14'h3ffe));
      seventhNext <= (count == 14'h0005);
      beyond <= {beyond[3 : 0],(beyond[0] || (count == maxLength))};
    end
    if(when_RxCheckerjava_l140) begin
      count <= 14'h0;
      atMax <= 1'b0;
      seventhNext <= 1'b0;
      beyond <= 5'h0;
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
