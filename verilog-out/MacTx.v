// Generator : SpinalHDL v1.14.2    git head : 78f29dc66110fc099a777992b6daa2f803ab445e
// Component : MacTx

`timescale 1ns/1ps

module MacTx (
  input  wire          frameValid,
  output reg           frameReady,
  input  wire [7:0]    frameData,
  input  wire          frameLast,
  output reg           txValid,
  output reg  [7:0]    txData,
  input  wire          txReady,
  input  wire [13:0]   maxLength,
  output reg           sent,
  output reg           underflow,
  output reg           tooLong,
  input  wire          abortFrame,
  input  wire          clk,
  input  wire          reset
);

  reg                 fcs_clear;
  reg                 fcs_valid;
  wire       [7:0]    fcs_data;
  wire       [31:0]   fcs_crc;
  wire                fcs_residueOk;
  wire                fcs_enableError;
  wire       [4:0]    _zz__zz_fcsByte;
  wire       [1:0]    _zz__zz_fcsByte_1;
  wire       [7:0]    _zz_txData;
  reg        [2:0]    state;
  reg        [5:0]    count;
  reg        [13:0]   remaining;
  reg                 atLimit;
  reg                 belowMinimum;
  reg                 corruptFcs;
  reg                 draining;
  wire       [7:0]    fcsByte;
  wire       [7:0]    _zz_fcsByte;
  wire                when_MacTxjava_l129;
  wire                startFrame;
  wire                when_MacTxjava_l134;
  wire                when_MacTxjava_l147;
  wire                when_MacTxjava_l163;
  wire                when_MacTxjava_l171;
  wire                when_MacTxjava_l202;
  wire                when_MacTxjava_l213;
  wire                when_MacTxjava_l224;
  wire                when_MacTxjava_l143;
  wire                when_MacTxjava_l150;
  wire                when_MacTxjava_l162;
  wire                when_MacTxjava_l197;
  wire                when_MacTxjava_l208;
  wire                when_MacTxjava_l220;

  assign _zz__zz_fcsByte = ({3'd0,_zz__zz_fcsByte_1} <<< 2'd3);
  assign _zz__zz_fcsByte_1 = count[1:0];
  assign _zz_txData = fcs_crc[7:0];
  Crc32W8 fcs (
    .clear       (fcs_clear      ), //i
    .valid       (fcs_valid      ), //i
    .data        (fcs_data[7:0]  ), //i
    .byteEnable  (1'b1           ), //i
    .crc         (fcs_crc[31:0]  ), //o
    .residueOk   (fcs_residueOk  ), //o
    .enableError (fcs_enableError), //o
    .clk         (clk            ), //i
    .reset       (reset          )  //i
  );
  assign _zz_fcsByte = fcs_crc[_zz__zz_fcsByte +: 8];
  assign fcsByte = (corruptFcs ? (~ _zz_fcsByte) : _zz_fcsByte);
  always @(*) begin
    txValid = 1'b0;
    if(when_MacTxjava_l134) begin
      if(startFrame) begin
        txValid = 1'b1;
      end
    end else begin
      if(when_MacTxjava_l143) begin
        txValid = 1'b1;
      end else begin
        if(when_MacTxjava_l150) begin
          txValid = 1'b1;
        end else begin
          if(when_MacTxjava_l162) begin
            if(when_MacTxjava_l163) begin
              txValid = 1'b1;
            end else begin
              txValid = 1'b1;
            end
          end else begin
            if(when_MacTxjava_l197) begin
              txValid = 1'b1;
            end else begin
              if(when_MacTxjava_l208) begin
                txValid = 1'b1;
              end
            end
          end
        end
      end
    end
    if(abortFrame) begin
      txValid = 1'b0;
    end
  end

  always @(*) begin
    txData = 8'h0;
    if(when_MacTxjava_l134) begin
      if(startFrame) begin
        txData = 8'h55;
      end
    end else begin
      if(when_MacTxjava_l143) begin
        txData = 8'h55;
      end else begin
        if(when_MacTxjava_l150) begin
          txData = 8'hd5;
        end else begin
          if(when_MacTxjava_l162) begin
            if(when_MacTxjava_l163) begin
              txData = frameData;
            end else begin
              txData = (~ _zz_txData);
            end
          end else begin
            if(when_MacTxjava_l197) begin
              txData = 8'h0;
            end else begin
              if(when_MacTxjava_l208) begin
                txData = fcsByte;
              end
            end
          end
        end
      end
    end
  end

  always @(*) begin
    frameReady = draining;
    if(!when_MacTxjava_l134) begin
      if(!when_MacTxjava_l143) begin
        if(!when_MacTxjava_l150) begin
          if(when_MacTxjava_l162) begin
            if(when_MacTxjava_l163) begin
              frameReady = txReady;
            end
          end
        end
      end
    end
    if(abortFrame) begin
      frameReady = 1'b0;
    end
  end

  always @(*) begin
    fcs_clear = 1'b0;
    if(!when_MacTxjava_l134) begin
      if(!when_MacTxjava_l143) begin
        if(when_MacTxjava_l150) begin
          fcs_clear = txReady;
        end
      end
    end
    if(abortFrame) begin
      fcs_clear = 1'b0;
    end
  end

  always @(*) begin
    fcs_valid = 1'b0;
    if(!when_MacTxjava_l134) begin
      if(!when_MacTxjava_l143) begin
        if(!when_MacTxjava_l150) begin
          if(when_MacTxjava_l162) begin
            if(when_MacTxjava_l163) begin
              fcs_valid = txReady;
            end
          end else begin
            if(when_MacTxjava_l197) begin
              fcs_valid = txReady;
            end
          end
        end
      end
    end
    if(abortFrame) begin
      fcs_valid = 1'b0;
    end
  end

  assign fcs_data = ((state == 3'b100) ? 8'h0 : frameData);
  always @(*) begin
    sent = 1'b0;
    if(!when_MacTxjava_l134) begin
      if(!when_MacTxjava_l143) begin
        if(!when_MacTxjava_l150) begin
          if(!when_MacTxjava_l162) begin
            if(!when_MacTxjava_l197) begin
              if(when_MacTxjava_l208) begin
                if(txReady) begin
                  if(when_MacTxjava_l213) begin
                    sent = (! corruptFcs);
                  end
                end
              end
            end
          end
        end
      end
    end
    if(abortFrame) begin
      sent = 1'b0;
    end
  end

  always @(*) begin
    underflow = 1'b0;
    if(!when_MacTxjava_l134) begin
      if(!when_MacTxjava_l143) begin
        if(!when_MacTxjava_l150) begin
          if(when_MacTxjava_l162) begin
            if(!when_MacTxjava_l163) begin
              if(txReady) begin
                underflow = (! frameValid);
              end
            end
          end
        end
      end
    end
    if(abortFrame) begin
      underflow = 1'b0;
    end
  end

  always @(*) begin
    tooLong = 1'b0;
    if(!when_MacTxjava_l134) begin
      if(!when_MacTxjava_l143) begin
        if(!when_MacTxjava_l150) begin
          if(when_MacTxjava_l162) begin
            if(!when_MacTxjava_l163) begin
              if(txReady) begin
                tooLong = frameValid;
              end
            end
          end
        end
      end
    end
    if(abortFrame) begin
      tooLong = 1'b0;
    end
  end

  assign when_MacTxjava_l129 = ((draining && frameValid) && frameLast);
  assign startFrame = (frameValid && (! draining));
  assign when_MacTxjava_l134 = (state == 3'b000);
  assign when_MacTxjava_l147 = (count == 6'h06);
  assign when_MacTxjava_l163 = (frameValid && (! atLimit));
  assign when_MacTxjava_l171 = (count == 6'h3a);
  assign when_MacTxjava_l202 = (count == 6'h3b);
  assign when_MacTxjava_l213 = (count == 6'h03);
  assign when_MacTxjava_l224 = (count == 6'h0b);
  assign when_MacTxjava_l143 = (state == 3'b001);
  assign when_MacTxjava_l150 = (state == 3'b010);
  assign when_MacTxjava_l162 = (state == 3'b011);
  assign when_MacTxjava_l197 = (state == 3'b100);
  assign when_MacTxjava_l208 = (state == 3'b101);
  assign when_MacTxjava_l220 = (state == 3'b110);
  always @(posedge clk or posedge reset) begin
    if(reset) begin
      state <= 3'b000;
      count <= 6'h0;
      remaining <= 14'h0;
      atLimit <= 1'b0;
      belowMinimum <= 1'b1;
      corruptFcs <= 1'b0;
      draining <= 1'b0;
    end else begin
      if(when_MacTxjava_l129) begin
        draining <= 1'b0;
      end
      if(when_MacTxjava_l134) begin
        if(startFrame) begin
          if(txReady) begin
            count <= 6'h01;
            state <= 3'b001;
          end
        end
      end else begin
        if(when_MacTxjava_l143) begin
          if(txReady) begin
            count <= (count + 6'h01);
            if(when_MacTxjava_l147) begin
              state <= 3'b010;
            end
          end
        end else begin
          if(when_MacTxjava_l150) begin
            if(txReady) begin
              count <= 6'h0;
              remaining <= maxLength;
              atLimit <= (maxLength == 14'h0);
              belowMinimum <= 1'b1;
              corruptFcs <= 1'b0;
              state <= 3'b011;
            end
          end else begin
            if(when_MacTxjava_l162) begin
              if(when_MacTxjava_l163) begin
                if(txReady) begin
                  count <= (count + 6'h01);
                  if(when_MacTxjava_l171) begin
                    belowMinimum <= 1'b0;
                  end
                  remaining <= (remaining - 14'h0001);
                  atLimit <= (remaining == 14'h0001);
                  if(frameLast) begin
                    if(belowMinimum) begin
                      state <= 3'b100;
                    end else begin
                      count <= 6'h0;
                      state <= 3'b101;
                    end
                  end
                end
              end else begin
                if(txReady) begin
                  corruptFcs <= 1'b1;
                  draining <= 1'b1;
                  count <= 6'h01;
                  state <= 3'b101;
                end
              end
            end else begin
              if(when_MacTxjava_l197) begin
                if(txReady) begin
                  count <= (count + 6'h01);
                  if(when_MacTxjava_l202) begin
                    count <= 6'h0;
                    state <= 3'b101;
                  end
                end
              end else begin
                if(when_MacTxjava_l208) begin
                  if(txReady) begin
                    count <= (count + 6'h01);
                    if(when_MacTxjava_l213) begin
                      count <= 6'h0;
                      state <= 3'b110;
                    end
                  end
                end else begin
                  if(when_MacTxjava_l220) begin
                    if(txReady) begin
                      count <= (count + 6'h01);
                      if(when_MacTxjava_l224) begin
                        state <= 3'b000;
                      end
                    end
                  end
                end
              end
            end
          end
        end
      end
      if(abortFrame) begin
        draining <= 1'b0;
        count <= 6'h0;
        state <= 3'b000;
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
  wire       [31:0]   startState;
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
  wire                when_Crc32java_l118;

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
  assign startState = state;
  assign _zz_badWord = (valid && (! clear));
  assign stateAfterWordMixed = (startState ^ _zz_stateAfterWordMixed);
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
    loopNext = startState;
    if(when_Crc32java_l118) begin
      loopNext = stateAfterWord;
    end
    if(clear) begin
      loopNext = 32'hffffffff;
    end
  end

  assign when_Crc32java_l118 = ((_zz_badWord && allLanes) && (! badWord));
  assign frameEnded = 1'b0;
  assign crc = (~ state);
  assign residueOk = (state == 32'hdebb20e3);
  assign enableError = enableErrorSticky;
  always @(posedge clk or posedge reset) begin
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
