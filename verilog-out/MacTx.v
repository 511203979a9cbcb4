// Generator : SpinalHDL v1.14.2    git head : 78f29dc66110fc099a777992b6daa2f803ab445e
// Component : MacTx

`timescale 1ns/1ps

module MacTx (
  input  wire          frameValid,
  output wire          frameReady,
  input  wire [7:0]    frameData,
  input  wire          frameLast,
  output wire          txValid,
  output wire [7:0]    txData,
  input  wire          txReady,
  output wire          sent,
  output wire          underflow,
  input  wire          abortFrame,
  input  wire          clk,
  input  wire          reset
);

  wire                fcs_clear;
  wire       [7:0]    fcs_data;
  wire       [31:0]   fcs_crc;
  wire                fcs_residueOk;
  wire                fcs_enableError;
  wire       [5:0]    _zz_count_1;
  reg        [2:0]    state;
  reg                 offering;
  reg                 validOut;
  reg        [7:0]    offered;
  reg        [5:0]    count;
  reg                 partEnds;
  reg                 dataNext;
  reg                 belowMinimum;
  reg                 corruptFcs;
  reg                 draining;
  reg                 aborted;
  wire                when_MacTxjava_l229;
  wire                when_MacTxjava_l259;
  wire                when_MacTxjava_l169;
  wire                when_MacTxjava_l245;
  wire                _zz_when_MacTxjava_l168;
  wire                when_MacTxjava_l168;
  wire                _zz_count;
  wire                _zz_txData;
  wire       [7:0]    _zz_txData_1;
  reg        [7:0]    _zz_offered;
  wire                when_MacTxjava_l167;
  wire                when_MacTxjava_l170;
  wire                _zz_frameReady;
  reg                 _zz_sent;
  reg                 _zz_underflow;
  wire                when_MacTxjava_l194;
  wire                when_MacTxjava_l210;
  wire                _zz_offering;
  wire                _zz_dataNext;
  wire                when_MacTxjava_l228;
  wire                when_MacTxjava_l230;
  wire                when_MacTxjava_l286;
  wire                when_MacTxjava_l286_1;
  wire                when_MacTxjava_l244;
  wire                when_MacTxjava_l249;
  wire                when_MacTxjava_l254;

  assign _zz_count_1 = (count + 6'h01);
  Crc32W8Preset26B6A4C8 fcs (
    .clear       (fcs_clear          ), //i
    .valid       (when_MacTxjava_l229), //i
    .data        (fcs_data[7:0]      ), //i
    .byteEnable  (1'b1               ), //i
    .crc         (fcs_crc[31:0]      ), //o
    .residueOk   (fcs_residueOk      ), //o
    .enableError (fcs_enableError    ), //o
    .clk         (clk                ), //i
    .reset       (reset              )  //i
  );
  assign when_MacTxjava_l229 = (txReady && offering);
  assign when_MacTxjava_l259 = (frameValid && (! draining));
  assign when_MacTxjava_l169 = (dataNext && frameValid);
  assign when_MacTxjava_l245 = (dataNext && (! when_MacTxjava_l169));
  assign _zz_when_MacTxjava_l168 = (((state == 3'b011) && (! dataNext)) || (state == 3'b100));
  assign when_MacTxjava_l168 = (_zz_when_MacTxjava_l168 && belowMinimum);
  assign _zz_count = ((_zz_when_MacTxjava_l168 && (! belowMinimum)) || when_MacTxjava_l245);
  assign _zz_txData = (state == 3'b101);
  assign _zz_txData_1 = (~ fcs_crc[7 : 0]);
  assign fcs_clear = (! offering);
  assign fcs_data = (_zz_txData ? _zz_txData_1 : offered);
  always @(*) begin
    _zz_offered = 8'h55;
    if(when_MacTxjava_l167) begin
      _zz_offered = 8'hd5;
    end
    if(when_MacTxjava_l168) begin
      _zz_offered = 8'h0;
    end
    if(when_MacTxjava_l169) begin
      _zz_offered = frameData;
    end
  end

  assign when_MacTxjava_l167 = ((state == 3'b001) && partEnds);
  assign when_MacTxjava_l170 = (when_MacTxjava_l229 || (! offering));
  assign _zz_frameReady = (abortFrame || aborted);
  assign txValid = validOut;
  assign txData = (_zz_txData ? (corruptFcs ? _zz_txData_1 : (~ _zz_txData_1)) : offered);
  assign frameReady = ((draining || (when_MacTxjava_l229 && when_MacTxjava_l169)) && (! _zz_frameReady));
  always @(*) begin
    _zz_sent = 1'b0;
    if(!when_MacTxjava_l228) begin
      if(when_MacTxjava_l229) begin
        if(when_MacTxjava_l249) begin
          _zz_sent = (! corruptFcs);
        end
      end
    end
  end

  always @(*) begin
    _zz_underflow = 1'b0;
    if(!when_MacTxjava_l228) begin
      if(when_MacTxjava_l229) begin
        if(when_MacTxjava_l245) begin
          _zz_underflow = 1'b1;
        end
      end
    end
  end

  assign sent = (_zz_sent && (! _zz_frameReady));
  assign underflow = (_zz_underflow && (! _zz_frameReady));
  assign when_MacTxjava_l194 = (txReady || (state == 3'b000));
  assign when_MacTxjava_l210 = ((draining && frameValid) && frameLast);
  assign _zz_offering = ((! aborted) && (offering ? (! ((when_MacTxjava_l229 && (state == 3'b101)) && partEnds)) : (when_MacTxjava_l259 && ((state == 3'b000) || (((state == 3'b110) && txReady) && partEnds)))));
  assign _zz_dataNext = ((when_MacTxjava_l229 && (state == 3'b001)) && partEnds);
  assign when_MacTxjava_l228 = ((state == 3'b000) && when_MacTxjava_l259);
  assign when_MacTxjava_l230 = (state == 3'b001);
  assign when_MacTxjava_l286 = (count == 6'h3b);
  assign when_MacTxjava_l286_1 = (count == 6'h3b);
  assign when_MacTxjava_l244 = (_zz_count || ((state == 3'b101) && (! partEnds)));
  assign when_MacTxjava_l249 = ((state == 3'b101) && partEnds);
  assign when_MacTxjava_l254 = ((state == 3'b110) && txReady);
  always @(posedge clk) begin
    if(reset) begin
      state <= 3'b000;
      offering <= 1'b0;
      validOut <= 1'b0;
      dataNext <= 1'b0;
      belowMinimum <= 1'b1;
      corruptFcs <= 1'b0;
      draining <= 1'b0;
      aborted <= 1'b0;
    end else begin
      aborted <= abortFrame;
      if(when_MacTxjava_l210) begin
        draining <= 1'b0;
      end
      offering <= _zz_offering;
      validOut <= (_zz_offering && (! abortFrame));
      dataNext <= ((! aborted) && (dataNext ? ((! when_MacTxjava_l229) || (frameValid && (! frameLast))) : _zz_dataNext));
      corruptFcs <= (corruptFcs ? (! _zz_dataNext) : (when_MacTxjava_l229 && when_MacTxjava_l245));
      if(when_MacTxjava_l228) begin
        state <= 3'b001;
      end else begin
        if(when_MacTxjava_l229) begin
          if(when_MacTxjava_l230) begin
            if(partEnds) begin
              belowMinimum <= 1'b1;
              state <= 3'b010;
            end
          end
          if(when_MacTxjava_l169) begin
            if(when_MacTxjava_l286) begin
              belowMinimum <= 1'b0;
            end
            state <= 3'b011;
          end
          if(when_MacTxjava_l168) begin
            if(when_MacTxjava_l286_1) begin
              belowMinimum <= 1'b0;
            end
            state <= 3'b100;
          end
          if(when_MacTxjava_l244) begin
            state <= 3'b101;
          end
          if(when_MacTxjava_l245) begin
            draining <= 1'b1;
          end
          if(when_MacTxjava_l249) begin
            state <= 3'b110;
          end
        end else begin
          if(when_MacTxjava_l254) begin
            if(partEnds) begin
              state <= 3'b000;
              if(when_MacTxjava_l259) begin
                state <= 3'b001;
              end
            end
          end
        end
      end
      if(aborted) begin
        draining <= 1'b0;
        state <= 3'b000;
      end
    end
  end

  always @(posedge clk) begin
    if(when_MacTxjava_l170) begin
      offered <= _zz_offered;
    end
    if(when_MacTxjava_l194) begin
      count <= ((((state == 3'b000) || ((state == 3'b110) && partEnds)) || _zz_count) ? 6'h01 : ((((state == 3'b001) || (state == 3'b101)) && partEnds) ? 6'h0 : _zz_count_1));
      partEnds <= ((((state == 3'b001) && (count == 6'h06)) || ((state == 3'b101) && (count == 6'h03))) || ((state == 3'b110) && (count == 6'h0a)));
    end
  end


endmodule

module Crc32W8Preset26B6A4C8 (
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
      loopNext = 32'h26b6a4c8;
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
