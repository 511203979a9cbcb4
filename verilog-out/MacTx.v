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
  reg        [7:0]    offered;
  reg        [5:0]    count;
  reg                 partEnds;
  reg                 dataNext;
  reg                 belowMinimum;
  reg                 corruptFcs;
  reg                 draining;
  reg                 aborted;
  wire                when_MacTxjava_l203;
  wire                when_MacTxjava_l239;
  wire                when_MacTxjava_l159;
  wire                when_MacTxjava_l222;
  wire                _zz_when_MacTxjava_l158;
  wire                when_MacTxjava_l158;
  wire                _zz_count;
  wire                _zz_txData;
  wire       [7:0]    _zz_txData_1;
  reg        [7:0]    _zz_offered;
  wire                when_MacTxjava_l157;
  wire                when_MacTxjava_l160;
  wire                _zz_frameReady;
  reg                 _zz_sent;
  reg                 _zz_underflow;
  wire                when_MacTxjava_l184;
  wire                when_MacTxjava_l200;
  wire                when_MacTxjava_l202;
  wire                when_MacTxjava_l204;
  wire                when_MacTxjava_l261;
  wire                when_MacTxjava_l261_1;
  wire                when_MacTxjava_l221;
  wire                when_MacTxjava_l228;
  wire                when_MacTxjava_l234;

  assign _zz_count_1 = (count + 6'h01);
  Crc32W8 fcs (
    .clear       (fcs_clear          ), //i
    .valid       (when_MacTxjava_l203), //i
    .data        (fcs_data[7:0]      ), //i
    .byteEnable  (1'b1               ), //i
    .crc         (fcs_crc[31:0]      ), //o
    .residueOk   (fcs_residueOk      ), //o
    .enableError (fcs_enableError    ), //o
    .clk         (clk                ), //i
    .reset       (reset              )  //i
  );
  assign when_MacTxjava_l203 = (txReady && offering);
  assign when_MacTxjava_l239 = (frameValid && (! draining));
  assign when_MacTxjava_l159 = (dataNext && frameValid);
  assign when_MacTxjava_l222 = (dataNext && (! when_MacTxjava_l159));
  assign _zz_when_MacTxjava_l158 = (((state == 3'b011) && (! dataNext)) || (state == 3'b100));
  assign when_MacTxjava_l158 = (_zz_when_MacTxjava_l158 && belowMinimum);
  assign _zz_count = ((_zz_when_MacTxjava_l158 && (! belowMinimum)) || when_MacTxjava_l222);
  assign _zz_txData = (state == 3'b101);
  assign _zz_txData_1 = (~ fcs_crc[7 : 0]);
  assign fcs_clear = ((state == 3'b001) || (state == 3'b010));
  assign fcs_data = (_zz_txData ? _zz_txData_1 : offered);
  always @(*) begin
    _zz_offered = 8'h55;
    if(when_MacTxjava_l157) begin
      _zz_offered = 8'hd5;
    end
    if(when_MacTxjava_l158) begin
      _zz_offered = 8'h0;
    end
    if(when_MacTxjava_l159) begin
      _zz_offered = frameData;
    end
  end

  assign when_MacTxjava_l157 = ((state == 3'b001) && partEnds);
  assign when_MacTxjava_l160 = (when_MacTxjava_l203 || (! offering));
  assign _zz_frameReady = (abortFrame || aborted);
  assign txValid = (offering && (! aborted));
  assign txData = (_zz_txData ? (corruptFcs ? _zz_txData_1 : (~ _zz_txData_1)) : offered);
  assign frameReady = ((draining || (when_MacTxjava_l203 && when_MacTxjava_l159)) && (! _zz_frameReady));
  always @(*) begin
    _zz_sent = 1'b0;
    if(!when_MacTxjava_l202) begin
      if(when_MacTxjava_l203) begin
        if(when_MacTxjava_l228) begin
          _zz_sent = (! corruptFcs);
        end
      end
    end
  end

  always @(*) begin
    _zz_underflow = 1'b0;
    if(!when_MacTxjava_l202) begin
      if(when_MacTxjava_l203) begin
        if(when_MacTxjava_l222) begin
          _zz_underflow = 1'b1;
        end
      end
    end
  end

  assign sent = (_zz_sent && (! _zz_frameReady));
  assign underflow = (_zz_underflow && (! _zz_frameReady));
  assign when_MacTxjava_l184 = (txReady || (state == 3'b000));
  assign when_MacTxjava_l200 = ((draining && frameValid) && frameLast);
  assign when_MacTxjava_l202 = ((state == 3'b000) && when_MacTxjava_l239);
  assign when_MacTxjava_l204 = (state == 3'b001);
  assign when_MacTxjava_l261 = (count == 6'h3b);
  assign when_MacTxjava_l261_1 = (count == 6'h3b);
  assign when_MacTxjava_l221 = (_zz_count || ((state == 3'b101) && (! partEnds)));
  assign when_MacTxjava_l228 = ((state == 3'b101) && partEnds);
  assign when_MacTxjava_l234 = ((state == 3'b110) && txReady);
  always @(posedge clk) begin
    if(reset) begin
      state <= 3'b000;
      offering <= 1'b0;
      dataNext <= 1'b0;
      belowMinimum <= 1'b1;
      corruptFcs <= 1'b0;
      draining <= 1'b0;
      aborted <= 1'b0;
    end else begin
      aborted <= abortFrame;
      if(when_MacTxjava_l200) begin
        draining <= 1'b0;
      end
      if(when_MacTxjava_l202) begin
        offering <= 1'b1;
        state <= 3'b001;
      end else begin
        if(when_MacTxjava_l203) begin
          if(when_MacTxjava_l204) begin
            if(partEnds) begin
              dataNext <= 1'b1;
              belowMinimum <= 1'b1;
              corruptFcs <= 1'b0;
              state <= 3'b010;
            end
          end
          if(when_MacTxjava_l159) begin
            if(when_MacTxjava_l261) begin
              belowMinimum <= 1'b0;
            end
            dataNext <= (! frameLast);
            state <= 3'b011;
          end
          if(when_MacTxjava_l158) begin
            if(when_MacTxjava_l261_1) begin
              belowMinimum <= 1'b0;
            end
            state <= 3'b100;
          end
          if(when_MacTxjava_l221) begin
            state <= 3'b101;
          end
          if(when_MacTxjava_l222) begin
            dataNext <= 1'b0;
            corruptFcs <= 1'b1;
            draining <= 1'b1;
          end
          if(when_MacTxjava_l228) begin
            offering <= 1'b0;
            state <= 3'b110;
          end
        end else begin
          if(when_MacTxjava_l234) begin
            if(partEnds) begin
              state <= 3'b000;
              if(when_MacTxjava_l239) begin
                offering <= 1'b1;
                state <= 3'b001;
              end
            end
          end
        end
      end
      if(aborted) begin
        offering <= 1'b0;
        dataNext <= 1'b0;
        draining <= 1'b0;
        state <= 3'b000;
      end
    end
  end

  always @(posedge clk) begin
    if(when_MacTxjava_l160) begin
      offered <= _zz_offered;
    end
    if(when_MacTxjava_l184) begin
      count <= ((((state == 3'b000) || ((state == 3'b110) && partEnds)) || _zz_count) ? 6'h01 : ((((state == 3'b001) || (state == 3'b101)) && partEnds) ? 6'h0 : _zz_count_1));
      partEnds <= ((((state == 3'b001) && (count == 6'h06)) || ((state == 3'b101) && (count == 6'h03))) || ((state == 3'b110) && (count == 6'h0a)));
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
  wire                when_Crc32java_l122;
  wire                when_Crc32java_l125;

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
    if(when_Crc32java_l122) begin
      loopNext = stateAfterWord;
    end
    if(when_Crc32java_l125) begin
      loopNext = 32'hffffffff;
    end
  end

  assign when_Crc32java_l122 = ((_zz_badWord && allLanes) && (! badWord));
  assign when_Crc32java_l125 = (valid && clear);
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
