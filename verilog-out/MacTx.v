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
  input  wire [13:0]   maxLength,
  output reg           sent,
  output reg           underflow,
  output reg           tooLong,
  input  wire          abortFrame,
  input  wire          clk,
  input  wire          reset
);

  wire                fcs_clear;
  wire                fcs_valid;
  wire       [7:0]    fcs_data;
  wire       [31:0]   fcs_crc;
  wire                fcs_residueOk;
  wire                fcs_enableError;
  reg        [2:0]    state;
  reg                 offering;
  reg        [7:0]    offered;
  reg        [5:0]    count;
  reg        [13:0]   room;
  reg                 full;
  reg                 lastOffered;
  reg                 belowMinimum;
  reg                 corruptFcs;
  reg                 draining;
  wire                when_MacTxjava_l157;
  wire                when_MacTxjava_l210;
  wire                when_MacTxjava_l171;
  wire                when_MacTxjava_l191;
  wire                _zz_when_MacTxjava_l179;
  wire                when_MacTxjava_l179;
  wire                _zz_when_MacTxjava_l184;
  wire                when_MacTxjava_l190;
  wire       [7:0]    _zz_offered;
  wire                when_MacTxjava_l154;
  wire                when_MacTxjava_l156;
  wire                when_MacTxjava_l158;
  wire                when_MacTxjava_l160;
  wire                when_MacTxjava_l241;
  wire                when_MacTxjava_l241_1;
  wire                when_MacTxjava_l184;
  wire                when_MacTxjava_l197;
  wire                when_MacTxjava_l208;
  wire                when_MacTxjava_l204;

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
  assign when_MacTxjava_l157 = (txReady && offering);
  assign when_MacTxjava_l210 = (frameValid && (! draining));
  assign when_MacTxjava_l171 = ((((state == 3'b010) || ((state == 3'b011) && (! lastOffered))) && (! full)) && frameValid);
  assign when_MacTxjava_l191 = (((state == 3'b010) || ((state == 3'b011) && (! lastOffered))) && (! when_MacTxjava_l171));
  assign _zz_when_MacTxjava_l179 = (((state == 3'b011) && lastOffered) || (state == 3'b100));
  assign when_MacTxjava_l179 = (_zz_when_MacTxjava_l179 && belowMinimum);
  assign _zz_when_MacTxjava_l184 = ((_zz_when_MacTxjava_l179 && (! belowMinimum)) || when_MacTxjava_l191);
  assign when_MacTxjava_l190 = ((state == 3'b101) && (! (count == 6'h04)));
  assign _zz_offered = (~ fcs_crc[7 : 0]);
  assign fcs_clear = (state == 3'b001);
  assign fcs_valid = ((when_MacTxjava_l157 && (((when_MacTxjava_l171 || when_MacTxjava_l179) || _zz_when_MacTxjava_l184) || when_MacTxjava_l190)) && (! abortFrame));
  assign fcs_data = ((frameData & (when_MacTxjava_l171 ? 8'hff : 8'h0)) | (_zz_offered & ((_zz_when_MacTxjava_l184 || when_MacTxjava_l190) ? 8'hff : 8'h0)));
  assign txValid = (offering && (! abortFrame));
  assign txData = offered;
  assign frameReady = (draining || ((when_MacTxjava_l157 && when_MacTxjava_l171) && (! abortFrame)));
  always @(*) begin
    sent = 1'b0;
    if(!when_MacTxjava_l156) begin
      if(when_MacTxjava_l157) begin
        if(when_MacTxjava_l197) begin
          sent = (! corruptFcs);
        end
      end
    end
    if(abortFrame) begin
      sent = 1'b0;
    end
  end

  always @(*) begin
    underflow = 1'b0;
    if(!when_MacTxjava_l156) begin
      if(when_MacTxjava_l157) begin
        if(when_MacTxjava_l191) begin
          underflow = (! frameValid);
        end
      end
    end
    if(abortFrame) begin
      underflow = 1'b0;
    end
  end

  always @(*) begin
    tooLong = 1'b0;
    if(!when_MacTxjava_l156) begin
      if(when_MacTxjava_l157) begin
        if(when_MacTxjava_l191) begin
          tooLong = frameValid;
        end
      end
    end
    if(abortFrame) begin
      tooLong = 1'b0;
    end
  end

  assign when_MacTxjava_l154 = ((draining && frameValid) && frameLast);
  assign when_MacTxjava_l156 = ((state == 3'b000) && when_MacTxjava_l210);
  assign when_MacTxjava_l158 = (state == 3'b001);
  assign when_MacTxjava_l160 = (count == 6'h07);
  assign when_MacTxjava_l241 = (count == 6'h3b);
  assign when_MacTxjava_l241_1 = (count == 6'h3b);
  assign when_MacTxjava_l184 = (_zz_when_MacTxjava_l184 || when_MacTxjava_l190);
  assign when_MacTxjava_l197 = ((state == 3'b101) && (count == 6'h04));
  assign when_MacTxjava_l208 = (count == 6'h0b);
  assign when_MacTxjava_l204 = ((state == 3'b110) && txReady);
  always @(posedge clk) begin
    if(reset) begin
      state <= 3'b000;
      offering <= 1'b0;
      count <= 6'h0;
      room <= 14'h0;
      full <= 1'b0;
      lastOffered <= 1'b0;
      belowMinimum <= 1'b1;
      corruptFcs <= 1'b0;
      draining <= 1'b0;
    end else begin
      if(when_MacTxjava_l154) begin
        draining <= 1'b0;
      end
      if(when_MacTxjava_l156) begin
        offering <= 1'b1;
        count <= 6'h01;
        state <= 3'b001;
      end else begin
        if(when_MacTxjava_l157) begin
          if(when_MacTxjava_l158) begin
            count <= (count + 6'h01);
            if(when_MacTxjava_l160) begin
              offering <= 1'b1;
              count <= 6'h0;
              room <= maxLength;
              full <= (maxLength == 14'h0);
              lastOffered <= 1'b0;
              belowMinimum <= 1'b1;
              corruptFcs <= 1'b0;
              state <= 3'b010;
            end
          end
          if(when_MacTxjava_l171) begin
            offering <= 1'b1;
            count <= (count + 6'h01);
            if(when_MacTxjava_l241) begin
              belowMinimum <= 1'b0;
            end
            room <= (room - 14'h0001);
            full <= (room == 14'h0001);
            lastOffered <= frameLast;
            state <= 3'b011;
          end
          if(when_MacTxjava_l179) begin
            offering <= 1'b1;
            count <= (count + 6'h01);
            if(when_MacTxjava_l241_1) begin
              belowMinimum <= 1'b0;
            end
            state <= 3'b100;
          end
          if(when_MacTxjava_l184) begin
            offering <= 1'b1;
            count <= 6'h01;
            state <= 3'b101;
          end
          if(when_MacTxjava_l190) begin
            count <= (count + 6'h01);
          end
          if(when_MacTxjava_l191) begin
            corruptFcs <= 1'b1;
            draining <= 1'b1;
          end
          if(when_MacTxjava_l197) begin
            offering <= 1'b0;
            count <= 6'h0;
            state <= 3'b110;
          end
        end else begin
          if(when_MacTxjava_l204) begin
            count <= (count + 6'h01);
            if(when_MacTxjava_l208) begin
              state <= 3'b000;
              if(when_MacTxjava_l210) begin
                offering <= 1'b1;
                count <= 6'h01;
                state <= 3'b001;
              end
            end
          end
        end
      end
      if(abortFrame) begin
        offering <= 1'b0;
        draining <= 1'b0;
        count <= 6'h0;
        state <= 3'b000;
      end
    end
  end

  always @(posedge clk) begin
    if(when_MacTxjava_l156) begin
      offered <= 8'h55;
    end else begin
      if(when_MacTxjava_l157) begin
        if(when_MacTxjava_l158) begin
          if(when_MacTxjava_l160) begin
            offered <= 8'hd5;
          end
        end
        if(when_MacTxjava_l171) begin
          offered <= frameData;
        end
        if(when_MacTxjava_l179) begin
          offered <= 8'h0;
        end
        if(when_MacTxjava_l184) begin
          offered <= ((when_MacTxjava_l191 || corruptFcs) ? _zz_offered : (~ _zz_offered));
        end
      end else begin
        if(when_MacTxjava_l204) begin
          if(when_MacTxjava_l208) begin
            if(when_MacTxjava_l210) begin
              offered <= 8'h55;
            end
          end
        end
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
