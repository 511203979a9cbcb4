// Generator : SpinalHDL v1.14.2    git head : 78f29dc66110fc099a777992b6daa2f803ab445e
// Component : ManchesterPhy

`timescale 1ns/1ps

module ManchesterPhy (
  input  wire          miiClk,
  input  wire          miiTxEn,
  input  wire          miiTxEr,
  input  wire [3:0]    miiTxd,
  output wire          miiRxDv,
  output wire          miiRxEr,
  output wire [3:0]    miiRxd,
  output wire          miiCrs,
  output wire          miiCol,
  output wire          lineOutActive,
  output wire [7:0]    lineOutLevel,
  input  wire [7:0]    lineInActive,
  input  wire [7:0]    lineInLevel,
  input  wire          reset,
  input  wire          clk
);

  wire       [3:0]    elastic_spinal_port2;
  wire                encoder_txReady;
  wire                encoder_lineActive;
  wire       [7:0]    encoder_lineLevel;
  wire       [1:0]    decoder_bitCount;
  wire       [1:0]    decoder_bits;
  wire                decoder_lockLost;
  wire       [1:0]    framer_nibbleCount;
  wire       [7:0]    framer_nibbles;
  wire                framer_frameEnd;
  wire       [3:0]    _zz_when_ManchesterPhyjava_l154_1;
  wire       [3:0]    _zz_when_ManchesterPhyjava_l154_2;
  wire       [3:0]    _zz_elastic_port;
  wire                _zz_elastic_port_1;
  wire       [2:0]    _zz_elastic_port_2;
  wire       [3:0]    _zz_elastic_port_3;
  wire                _zz_elastic_port_4;
  wire       [3:0]    _zz_writePointer;
  reg                 miiToggle;
  reg                 toggleSeen;
  wire                miiEdgePassed;
  reg                 txHeldEn;
  reg        [3:0]    txHeld;
  reg                 crsOut;
  reg                 colOut;
  wire                _zz_crsOut;
  reg        [3:0]    writePointer;
  reg        [3:0]    readPointer;
  reg                 ending;
  reg                 rxDvOut;
  reg                 rxErOut;
  reg        [3:0]    rxdOut;
  wire       [3:0]    _zz_when_ManchesterPhyjava_l154;
  wire                when_ManchesterPhyjava_l154;
  wire       [2:0]    _zz_1;
  wire       [2:0]    _zz_rxdOut;
  wire                when_ManchesterPhyjava_l153;
  wire                when_ManchesterPhyjava_l159;
  wire                when_ManchesterPhyjava_l164;
  (* ram_style = "distributed" *) reg [3:0] elastic [0:7];

  assign _zz_when_ManchesterPhyjava_l154_1 = {2'd0, framer_nibbleCount};
  assign _zz_when_ManchesterPhyjava_l154_2 = (4'b1000 - _zz_when_ManchesterPhyjava_l154);
  assign _zz_elastic_port_2 = (_zz_1 + 3'b001);
  assign _zz_writePointer = {2'd0, framer_nibbleCount};
  assign _zz_elastic_port = framer_nibbles[3 : 0];
  assign _zz_elastic_port_1 = (when_ManchesterPhyjava_l153 && when_ManchesterPhyjava_l154);
  assign _zz_elastic_port_3 = framer_nibbles[7 : 4];
  assign _zz_elastic_port_4 = ((framer_nibbleCount == 2'b10) && when_ManchesterPhyjava_l154);
  always @(posedge clk) begin
    if(_zz_elastic_port_1) begin
      elastic[_zz_1] <= _zz_elastic_port;
    end
  end

  always @(posedge clk) begin
    if(_zz_elastic_port_4) begin
      elastic[_zz_elastic_port_2] <= _zz_elastic_port_3;
    end
  end

  assign elastic_spinal_port2 = elastic[_zz_rxdOut];
  ManchesterEncoder encoder (
    .txValid    (txHeldEn              ), //i
    .txData     (txHeld[3:0]           ), //i
    .txReady    (encoder_txReady       ), //o
    .lineActive (encoder_lineActive    ), //o
    .lineLevel  (encoder_lineLevel[7:0]), //o
    .clk        (clk                   ), //i
    .reset      (reset                 )  //i
  );
  ManchesterDecoder decoder (
    .lineActive (lineInActive[7:0]    ), //i
    .lineLevel  (lineInLevel[7:0]     ), //i
    .bitCount   (decoder_bitCount[1:0]), //o
    .bits       (decoder_bits[1:0]    ), //o
    .lockLost   (decoder_lockLost     ), //o
    .clk        (clk                  ), //i
    .reset      (reset                )  //i
  );
  RxNibbleFramer framer (
    .bitCount    (decoder_bitCount[1:0]  ), //i
    .bits        (decoder_bits[1:0]      ), //i
    .lockLost    (decoder_lockLost       ), //i
    .nibbleCount (framer_nibbleCount[1:0]), //o
    .nibbles     (framer_nibbles[7:0]    ), //o
    .frameEnd    (framer_frameEnd        ), //o
    .clk         (clk                    ), //i
    .reset       (reset                  )  //i
  );
  assign miiEdgePassed = (miiToggle ^ toggleSeen);
  assign lineOutActive = encoder_lineActive;
  assign lineOutLevel = encoder_lineLevel;
  assign _zz_crsOut = (|lineInActive);
  assign miiCrs = crsOut;
  assign miiCol = colOut;
  assign _zz_when_ManchesterPhyjava_l154 = (writePointer - readPointer);
  assign when_ManchesterPhyjava_l154 = (_zz_when_ManchesterPhyjava_l154_1 <= _zz_when_ManchesterPhyjava_l154_2);
  assign _zz_1 = writePointer[2:0];
  assign _zz_rxdOut = readPointer[2:0];
  assign when_ManchesterPhyjava_l153 = (framer_nibbleCount != 2'b00);
  assign when_ManchesterPhyjava_l159 = (! (_zz_when_ManchesterPhyjava_l154 == 4'b0000));
  assign when_ManchesterPhyjava_l164 = (rxDvOut && ending);
  assign miiRxDv = rxDvOut;
  assign miiRxEr = rxErOut;
  assign miiRxd = rxdOut;
  always @(posedge miiClk) begin
    if(reset) begin
      miiToggle <= 1'b0;
    end else begin
      miiToggle <= (! miiToggle);
    end
  end

  always @(posedge clk) begin
    if(reset) begin
      toggleSeen <= 1'b0;
      txHeldEn <= 1'b0;
      txHeld <= 4'b0000;
      crsOut <= 1'b0;
      colOut <= 1'b0;
      writePointer <= 4'b0000;
      readPointer <= 4'b0000;
      ending <= 1'b0;
      rxDvOut <= 1'b0;
      rxErOut <= 1'b0;
      rxdOut <= 4'b0000;
    end else begin
      toggleSeen <= miiToggle;
      if(miiEdgePassed) begin
        txHeldEn <= miiTxEn;
        txHeld <= miiTxd;
      end
      crsOut <= (encoder_lineActive || _zz_crsOut);
      colOut <= (encoder_lineActive && _zz_crsOut);
      if(when_ManchesterPhyjava_l153) begin
        if(when_ManchesterPhyjava_l154) begin
          writePointer <= (writePointer + _zz_writePointer);
        end else begin
          rxErOut <= rxDvOut;
        end
      end
      if(framer_frameEnd) begin
        ending <= 1'b1;
      end
      if(miiEdgePassed) begin
        if(when_ManchesterPhyjava_l159) begin
          rxdOut <= elastic_spinal_port2;
          readPointer <= (readPointer + 4'b0001);
          rxDvOut <= 1'b1;
        end else begin
          if(when_ManchesterPhyjava_l164) begin
            rxDvOut <= 1'b0;
            rxErOut <= 1'b0;
            ending <= 1'b0;
          end else begin
            if(rxDvOut) begin
              rxErOut <= 1'b1;
            end
          end
        end
      end
    end
  end


endmodule

module RxNibbleFramer (
  input  wire [1:0]    bitCount,
  input  wire [1:0]    bits,
  input  wire          lockLost,
  output wire [1:0]    nibbleCount,
  output wire [7:0]    nibbles,
  output wire          frameEnd,
  input  wire          clk,
  input  wire          reset
);

  wire       [1:0]    _zz__zz_nibbles_6;
  wire       [1:0]    _zz__zz_nibbles_8;
  wire       [1:0]    _zz__zz_nibbles_10;
  wire       [1:0]    _zz__zz_nibbles_12;
  wire       [1:0]    _zz__zz_bitsInNibble;
  wire       [1:0]    _zz__zz_nibbles_18;
  wire       [1:0]    _zz__zz_nibbles_20;
  wire       [1:0]    _zz__zz_nibbleCount;
  wire       [1:0]    _zz_nibbleCount_2;
  wire       [1:0]    _zz_nibbles_23;
  wire                _zz_nibbles_24;
  wire                _zz_nibbles_25;
  wire       [3:0]    _zz_nibbles_26;
  wire       [1:0]    _zz_nibbles_27;
  wire                _zz_nibbles_28;
  wire                _zz_nibbles_29;
  wire       [3:0]    _zz_nibbles_30;
  wire       [1:0]    _zz_nibbles_31;
  wire                _zz_nibbles_32;
  wire                _zz_nibbles_33;
  wire       [3:0]    _zz_nibbles_34;
  wire       [1:0]    _zz_nibbles_35;
  wire                _zz_nibbles_36;
  wire                _zz_nibbles_37;
  wire       [3:0]    _zz_nibbles_38;
  reg        [0:0]    state;
  reg        [6:0]    shift;
  reg        [1:0]    bitsInNibble;
  wire                _zz_nibbles;
  wire       [1:0]    _zz_nibbles_1;
  wire                _zz_nibbles_2;
  wire       [7:0]    shifted_0;
  wire                _zz_nibbles_3;
  wire                _zz_nibbles_4;
  wire                _zz_nibbles_5;
  wire                _zz_when_RxNibbleFramerjava_l117;
  wire       [6:0]    _zz_shifted_1;
  wire       [1:0]    _zz_nibbles_6;
  wire       [3:0]    _zz_nibbles_7;
  wire       [1:0]    _zz_nibbles_8;
  wire       [3:0]    _zz_nibbles_9;
  wire       [1:0]    _zz_nibbles_10;
  wire       [3:0]    _zz_nibbles_11;
  wire       [1:0]    _zz_nibbles_12;
  wire                _zz_nibbles_13;
  wire       [7:0]    shifted_1;
  wire                _zz_nibbles_14;
  wire                _zz_nibbles_15;
  wire                _zz_nibbles_16;
  wire                when_RxNibbleFramerjava_l117;
  wire       [6:0]    _zz_shift;
  wire       [1:0]    _zz_bitsInNibble;
  wire       [3:0]    _zz_nibbles_17;
  wire       [1:0]    _zz_nibbles_18;
  wire       [3:0]    _zz_nibbles_19;
  wire       [1:0]    _zz_nibbles_20;
  wire       [3:0]    _zz_nibbles_21;
  wire       [1:0]    _zz_nibbleCount;
  wire                _zz_frameEnd;
  wire                _zz_nibbleCount_1;
  wire       [3:0]    _zz_nibbles_22;

  assign _zz__zz_nibbles_6 = (bitsInNibble + 2'b01);
  assign _zz__zz_nibbles_8 = (_zz_nibbles_1 + 2'b01);
  assign _zz__zz_nibbles_10 = (_zz_nibbles_8 + 2'b01);
  assign _zz__zz_nibbles_12 = (_zz_nibbles_10 + 2'b01);
  assign _zz__zz_bitsInNibble = (_zz_nibbles_6 + 2'b01);
  assign _zz__zz_nibbles_18 = (_zz_nibbles_12 + 2'b01);
  assign _zz__zz_nibbles_20 = (_zz_nibbles_18 + 2'b01);
  assign _zz__zz_nibbleCount = (_zz_nibbles_20 + 2'b01);
  assign _zz_nibbleCount_2 = (_zz_nibbleCount + 2'b01);
  assign _zz_nibbles_23 = 2'b01;
  assign _zz_nibbles_24 = (_zz_nibbles_20 == 2'b01);
  assign _zz_nibbles_25 = (_zz_nibbles_14 && (_zz_nibbles_18 == 2'b01));
  assign _zz_nibbles_26 = ((_zz_nibbles_14 && (_zz_nibbles_12 == _zz_nibbles_27)) ? _zz_nibbles_17 : ((_zz_nibbles_5 && _zz_nibbles_28) ? _zz_nibbles_11 : (_zz_nibbles_29 ? _zz_nibbles_9 : _zz_nibbles_30)));
  assign _zz_nibbles_31 = 2'b00;
  assign _zz_nibbles_32 = (_zz_nibbles_20 == 2'b00);
  assign _zz_nibbles_33 = (_zz_nibbles_14 && (_zz_nibbles_18 == 2'b00));
  assign _zz_nibbles_34 = ((_zz_nibbles_14 && (_zz_nibbles_12 == _zz_nibbles_35)) ? _zz_nibbles_17 : ((_zz_nibbles_5 && _zz_nibbles_36) ? _zz_nibbles_11 : (_zz_nibbles_37 ? _zz_nibbles_9 : _zz_nibbles_38)));
  assign _zz_nibbles_27 = 2'b01;
  assign _zz_nibbles_28 = (_zz_nibbles_10 == 2'b01);
  assign _zz_nibbles_29 = (_zz_nibbles_3 && (_zz_nibbles_8 == 2'b01));
  assign _zz_nibbles_30 = ((_zz_nibbles_3 && (_zz_nibbles_1 == 2'b01)) ? _zz_nibbles_7 : 4'b0000);
  assign _zz_nibbles_35 = 2'b00;
  assign _zz_nibbles_36 = (_zz_nibbles_10 == 2'b00);
  assign _zz_nibbles_37 = (_zz_nibbles_3 && (_zz_nibbles_8 == 2'b00));
  assign _zz_nibbles_38 = ((_zz_nibbles_3 && (_zz_nibbles_1 == 2'b00)) ? _zz_nibbles_7 : 4'b0000);
  assign _zz_nibbles = (state == 1'b0);
  assign _zz_nibbles_1 = 2'b00;
  assign _zz_nibbles_2 = (2'b00 < bitCount);
  assign shifted_0 = {bits[0],shift};
  assign _zz_nibbles_3 = ((_zz_nibbles_2 && _zz_nibbles) && (shifted_0 == 8'hd5));
  assign _zz_nibbles_4 = (_zz_nibbles_2 && (! _zz_nibbles));
  assign _zz_nibbles_5 = (_zz_nibbles_4 && (bitsInNibble == 2'b11));
  assign _zz_when_RxNibbleFramerjava_l117 = (_zz_nibbles && (! _zz_nibbles_3));
  assign _zz_shifted_1 = (_zz_nibbles_2 ? shifted_0[7 : 1] : shift);
  assign _zz_nibbles_6 = (_zz_nibbles_3 ? 2'b00 : (_zz_nibbles_4 ? _zz__zz_nibbles_6 : bitsInNibble));
  assign _zz_nibbles_7 = 4'b0101;
  assign _zz_nibbles_8 = ((_zz_nibbles_3 && (_zz_nibbles_1 < 2'b10)) ? _zz__zz_nibbles_8 : _zz_nibbles_1);
  assign _zz_nibbles_9 = 4'b1101;
  assign _zz_nibbles_10 = ((_zz_nibbles_3 && (_zz_nibbles_8 < 2'b10)) ? _zz__zz_nibbles_10 : _zz_nibbles_8);
  assign _zz_nibbles_11 = shifted_0[7 : 4];
  assign _zz_nibbles_12 = ((_zz_nibbles_5 && (_zz_nibbles_10 < 2'b10)) ? _zz__zz_nibbles_12 : _zz_nibbles_10);
  assign _zz_nibbles_13 = (2'b01 < bitCount);
  assign shifted_1 = {bits[1],_zz_shifted_1};
  assign _zz_nibbles_14 = ((_zz_nibbles_13 && _zz_when_RxNibbleFramerjava_l117) && (shifted_1 == 8'hd5));
  assign _zz_nibbles_15 = (_zz_nibbles_13 && (! _zz_when_RxNibbleFramerjava_l117));
  assign _zz_nibbles_16 = (_zz_nibbles_15 && (_zz_nibbles_6 == 2'b11));
  assign when_RxNibbleFramerjava_l117 = (_zz_when_RxNibbleFramerjava_l117 && (! _zz_nibbles_14));
  assign _zz_shift = (_zz_nibbles_13 ? shifted_1[7 : 1] : _zz_shifted_1);
  assign _zz_bitsInNibble = (_zz_nibbles_14 ? 2'b00 : (_zz_nibbles_15 ? _zz__zz_bitsInNibble : _zz_nibbles_6));
  assign _zz_nibbles_17 = 4'b0101;
  assign _zz_nibbles_18 = ((_zz_nibbles_14 && (_zz_nibbles_12 < 2'b10)) ? _zz__zz_nibbles_18 : _zz_nibbles_12);
  assign _zz_nibbles_19 = 4'b1101;
  assign _zz_nibbles_20 = ((_zz_nibbles_14 && (_zz_nibbles_18 < 2'b10)) ? _zz__zz_nibbles_20 : _zz_nibbles_18);
  assign _zz_nibbles_21 = shifted_1[7 : 4];
  assign _zz_nibbleCount = ((_zz_nibbles_16 && (_zz_nibbles_20 < 2'b10)) ? _zz__zz_nibbleCount : _zz_nibbles_20);
  assign _zz_frameEnd = (lockLost && (! when_RxNibbleFramerjava_l117));
  assign _zz_nibbleCount_1 = (_zz_frameEnd && (_zz_bitsInNibble != 2'b00));
  assign _zz_nibbles_22 = _zz_shift[6 : 3];
  assign nibbleCount = ((_zz_nibbleCount_1 && (_zz_nibbleCount < 2'b10)) ? _zz_nibbleCount_2 : _zz_nibbleCount);
  assign nibbles = {((_zz_nibbleCount_1 && (_zz_nibbleCount == _zz_nibbles_23)) ? _zz_nibbles_22 : ((_zz_nibbles_16 && _zz_nibbles_24) ? _zz_nibbles_21 : (_zz_nibbles_25 ? _zz_nibbles_19 : _zz_nibbles_26))),((_zz_nibbleCount_1 && (_zz_nibbleCount == _zz_nibbles_31)) ? _zz_nibbles_22 : ((_zz_nibbles_16 && _zz_nibbles_32) ? _zz_nibbles_21 : (_zz_nibbles_33 ? _zz_nibbles_19 : _zz_nibbles_34)))};
  assign frameEnd = _zz_frameEnd;
  always @(posedge clk) begin
    if(reset) begin
      state <= 1'b0;
      shift <= 7'h0;
      bitsInNibble <= 2'b00;
    end else begin
      bitsInNibble <= _zz_bitsInNibble;
      if(lockLost) begin
        shift <= 7'h0;
        state <= 1'b0;
      end else begin
        shift <= _zz_shift;
        if(when_RxNibbleFramerjava_l117) begin
          state <= 1'b0;
        end else begin
          state <= 1'b1;
        end
      end
    end
  end


endmodule

module ManchesterDecoder (
  input  wire [7:0]    lineActive,
  input  wire [7:0]    lineLevel,
  output wire [1:0]    bitCount,
  output wire [1:0]    bits,
  output wire          lockLost,
  input  wire          clk,
  input  wire          reset
);

  wire                _zz__zz_lockLost_7;
  wire                _zz__zz_lockLost_7_1;
  wire                _zz__zz_lockLost_7_2;
  wire                _zz__zz_lockLost_7_3;
  wire                _zz__zz_lockLost_7_4;
  wire                _zz__zz_lockLost_7_5;
  wire                _zz__zz_lockLost_7_6;
  wire                _zz__zz_lockLost_7_7;
  wire                _zz__zz_lockLost_7_8;
  wire                _zz__zz_lockLost_7_9;
  wire                _zz__zz_lockLost_7_10;
  wire                _zz__zz_lockLost_7_11;
  wire                _zz__zz_lockLost_7_12;
  wire                _zz__zz_lockLost_7_13;
  wire                _zz__zz_lockLost_7_14;
  wire                _zz__zz_lockLost_7_15;
  wire                _zz__zz_lockLost_7_16;
  wire                _zz__zz_lockLost_7_17;
  wire                _zz__zz_lockLost_7_18;
  wire       [4:0]    _zz_sinceMidBit_1;
  wire       [4:0]    _zz_sinceMidBit_2;
  wire       [4:0]    _zz_sinceMidBit_3;
  wire       [0:0]    _zz_bits;
  wire       [0:0]    _zz_bits_1;
  reg        [7:0]    activeIn;
  reg        [7:0]    levelIn;
  reg        [1:0]    levelHistory;
  reg                 activeHistory;
  wire       [9:0]    _zz_filtered_0;
  wire       [7:0]    _zz_active_0;
  wire                _zz_filtered_0_1;
  wire                _zz_filtered_0_2;
  wire                _zz_filtered_0_3;
  wire                filtered_0;
  wire                active_0;
  wire                _zz_filtered_1;
  wire                _zz_filtered_1_1;
  wire                _zz_filtered_1_2;
  wire                filtered_1;
  wire                active_1;
  wire                _zz_filtered_2;
  wire                _zz_filtered_2_1;
  wire                _zz_filtered_2_2;
  wire                filtered_2;
  wire                active_2;
  wire                _zz_filtered_3;
  wire                _zz_filtered_3_1;
  wire                _zz_filtered_3_2;
  wire                filtered_3;
  wire                active_3;
  wire                _zz_filtered_4;
  wire                _zz_filtered_4_1;
  wire                _zz_filtered_4_2;
  wire                filtered_4;
  wire                active_4;
  wire                _zz_filtered_5;
  wire                _zz_filtered_5_1;
  wire                _zz_filtered_5_2;
  wire                filtered_5;
  wire                active_5;
  wire                _zz_filtered_6;
  wire                _zz_filtered_6_1;
  wire                _zz_filtered_6_2;
  wire                filtered_6;
  wire                active_6;
  wire                _zz_filtered_7;
  wire                _zz_filtered_7_1;
  wire                _zz_filtered_7_2;
  wire                filtered_7;
  wire                active_7;
  reg                 lastFiltered;
  reg                 lastFilteredActive;
  reg        [4:0]    sinceMidBit;
  reg                 lockedReg;
  wire                _zz_firstBitAt_0;
  wire                transition_0;
  wire                _zz_firstBitAt_0_1;
  wire                firstBitAt_0;
  wire                _zz_firstBitAt_1;
  wire                transition_1;
  wire                _zz_firstBitAt_1_1;
  wire                firstBitAt_1;
  wire                _zz_firstBitAt_2;
  wire                transition_2;
  wire                _zz_firstBitAt_2_1;
  wire                firstBitAt_2;
  wire                _zz_firstBitAt_3;
  wire                transition_3;
  wire                _zz_firstBitAt_3_1;
  wire                firstBitAt_3;
  wire                _zz_firstBitAt_4;
  wire                transition_4;
  wire                _zz_firstBitAt_4_1;
  wire                firstBitAt_4;
  wire                _zz_firstBitAt_5;
  wire                transition_5;
  wire                _zz_firstBitAt_5_1;
  wire                firstBitAt_5;
  wire                _zz_firstBitAt_6;
  wire                transition_6;
  wire                _zz_firstBitAt_6_1;
  wire                firstBitAt_6;
  wire                _zz_firstBitAt_7;
  wire                transition_7;
  wire                _zz_firstBitAt_7_1;
  wire                firstBitAt_7;
  wire                _zz_lockLost;
  wire                _zz_lockLost_1;
  wire                _zz_sinceMidBit;
  wire                _zz_bitCount;
  wire                _zz_lockLost_2;
  wire                _zz_lockLost_3;
  wire                _zz_lockLost_4;
  wire                _zz_lockLost_5;
  wire                _zz_lockLost_6;
  wire                _zz_bitCount_1;
  wire                _zz_lockLost_7;
  wire                _zz_lockLost_8;

  assign _zz_sinceMidBit_3 = (sinceMidBit + 5'h08);
  assign _zz__zz_lockLost_7 = ((1'b0 || (firstBitAt_0 && _zz__zz_lockLost_7_1)) || (firstBitAt_1 && (! _zz__zz_lockLost_7_2)));
  assign _zz__zz_lockLost_7_5 = (firstBitAt_2 && (! (_zz__zz_lockLost_7_6 && _zz__zz_lockLost_7_9)));
  assign _zz__zz_lockLost_7_10 = (! ((_zz__zz_lockLost_7_11 && _zz__zz_lockLost_7_12) && (_zz_lockLost_4 || active_7)));
  assign _zz__zz_lockLost_7_13 = (((_zz__zz_lockLost_7_14 && _zz__zz_lockLost_7_15) && (_zz_lockLost_5 || active_6)) && (_zz_lockLost_5 || active_7));
  assign _zz__zz_lockLost_7_16 = (1'b1 && (_zz_lockLost_6 || active_6));
  assign _zz__zz_lockLost_7_17 = (_zz_lockLost_6 || active_7);
  assign _zz__zz_lockLost_7_18 = 1'b0;
  assign _zz__zz_lockLost_7_1 = (! (_zz_lockLost_1 && ((_zz_lockLost || _zz_sinceMidBit) || active_7)));
  assign _zz__zz_lockLost_7_2 = ((((_zz__zz_lockLost_7_3 && _zz__zz_lockLost_7_4) && (_zz_lockLost_2 || active_5)) && (_zz_lockLost_2 || active_6)) && (_zz_lockLost_2 || active_7));
  assign _zz__zz_lockLost_7_6 = ((((_zz__zz_lockLost_7_7 && _zz__zz_lockLost_7_8) && (_zz_lockLost_3 || active_4)) && (_zz_lockLost_3 || active_5)) && (_zz_lockLost_3 || active_6));
  assign _zz__zz_lockLost_7_9 = (_zz_lockLost_3 || active_7);
  assign _zz__zz_lockLost_7_11 = ((1'b1 && (_zz_lockLost_4 || active_4)) && (_zz_lockLost_4 || active_5));
  assign _zz__zz_lockLost_7_12 = (_zz_lockLost_4 || active_6);
  assign _zz__zz_lockLost_7_14 = 1'b1;
  assign _zz__zz_lockLost_7_15 = (_zz_lockLost_5 || active_5);
  assign _zz__zz_lockLost_7_3 = ((1'b1 && (_zz_lockLost_2 || active_2)) && (_zz_lockLost_2 || active_3));
  assign _zz__zz_lockLost_7_4 = (_zz_lockLost_2 || active_4);
  assign _zz__zz_lockLost_7_7 = 1'b1;
  assign _zz__zz_lockLost_7_8 = (_zz_lockLost_3 || active_3);
  assign _zz_sinceMidBit_1 = 5'h05;
  assign _zz_sinceMidBit_2 = (firstBitAt_1 ? 5'h06 : (firstBitAt_0 ? (_zz_sinceMidBit ? 5'h0 : 5'h07) : 5'h0));
  assign _zz_bits = filtered_1;
  assign _zz_bits_1 = (firstBitAt_0 ? filtered_0 : 1'b0);
  assign _zz_filtered_0 = {levelIn,levelHistory};
  assign _zz_active_0 = {activeIn[6 : 0],activeHistory};
  assign _zz_filtered_0_1 = _zz_filtered_0[0];
  assign _zz_filtered_0_2 = _zz_filtered_0[1];
  assign _zz_filtered_0_3 = _zz_filtered_0[2];
  assign filtered_0 = (((_zz_filtered_0_1 && _zz_filtered_0_2) || (_zz_filtered_0_2 && _zz_filtered_0_3)) || (_zz_filtered_0_1 && _zz_filtered_0_3));
  assign active_0 = _zz_active_0[0];
  assign _zz_filtered_1 = _zz_filtered_0[1];
  assign _zz_filtered_1_1 = _zz_filtered_0[2];
  assign _zz_filtered_1_2 = _zz_filtered_0[3];
  assign filtered_1 = (((_zz_filtered_1 && _zz_filtered_1_1) || (_zz_filtered_1_1 && _zz_filtered_1_2)) || (_zz_filtered_1 && _zz_filtered_1_2));
  assign active_1 = _zz_active_0[1];
  assign _zz_filtered_2 = _zz_filtered_0[2];
  assign _zz_filtered_2_1 = _zz_filtered_0[3];
  assign _zz_filtered_2_2 = _zz_filtered_0[4];
  assign filtered_2 = (((_zz_filtered_2 && _zz_filtered_2_1) || (_zz_filtered_2_1 && _zz_filtered_2_2)) || (_zz_filtered_2 && _zz_filtered_2_2));
  assign active_2 = _zz_active_0[2];
  assign _zz_filtered_3 = _zz_filtered_0[3];
  assign _zz_filtered_3_1 = _zz_filtered_0[4];
  assign _zz_filtered_3_2 = _zz_filtered_0[5];
  assign filtered_3 = (((_zz_filtered_3 && _zz_filtered_3_1) || (_zz_filtered_3_1 && _zz_filtered_3_2)) || (_zz_filtered_3 && _zz_filtered_3_2));
  assign active_3 = _zz_active_0[3];
  assign _zz_filtered_4 = _zz_filtered_0[4];
  assign _zz_filtered_4_1 = _zz_filtered_0[5];
  assign _zz_filtered_4_2 = _zz_filtered_0[6];
  assign filtered_4 = (((_zz_filtered_4 && _zz_filtered_4_1) || (_zz_filtered_4_1 && _zz_filtered_4_2)) || (_zz_filtered_4 && _zz_filtered_4_2));
  assign active_4 = _zz_active_0[4];
  assign _zz_filtered_5 = _zz_filtered_0[5];
  assign _zz_filtered_5_1 = _zz_filtered_0[6];
  assign _zz_filtered_5_2 = _zz_filtered_0[7];
  assign filtered_5 = (((_zz_filtered_5 && _zz_filtered_5_1) || (_zz_filtered_5_1 && _zz_filtered_5_2)) || (_zz_filtered_5 && _zz_filtered_5_2));
  assign active_5 = _zz_active_0[5];
  assign _zz_filtered_6 = _zz_filtered_0[6];
  assign _zz_filtered_6_1 = _zz_filtered_0[7];
  assign _zz_filtered_6_2 = _zz_filtered_0[8];
  assign filtered_6 = (((_zz_filtered_6 && _zz_filtered_6_1) || (_zz_filtered_6_1 && _zz_filtered_6_2)) || (_zz_filtered_6 && _zz_filtered_6_2));
  assign active_6 = _zz_active_0[6];
  assign _zz_filtered_7 = _zz_filtered_0[7];
  assign _zz_filtered_7_1 = _zz_filtered_0[8];
  assign _zz_filtered_7_2 = _zz_filtered_0[9];
  assign filtered_7 = (((_zz_filtered_7 && _zz_filtered_7_1) || (_zz_filtered_7_1 && _zz_filtered_7_2)) || (_zz_filtered_7 && _zz_filtered_7_2));
  assign active_7 = _zz_active_0[7];
  assign _zz_firstBitAt_0 = 1'b0;
  assign transition_0 = ((active_0 && lastFilteredActive) && (filtered_0 ^ lastFiltered));
  assign _zz_firstBitAt_0_1 = (transition_0 && ((! lockedReg) || (! ((sinceMidBit[4 : 2] == 3'b000) || (sinceMidBit[4 : 1] == 4'b0010)))));
  assign firstBitAt_0 = ((! _zz_firstBitAt_0) && _zz_firstBitAt_0_1);
  assign _zz_firstBitAt_1 = ((_zz_firstBitAt_0 || _zz_firstBitAt_0_1) || (lockedReg && ((! active_0) || ((! ((sinceMidBit[4 : 3] == 2'b00) || (sinceMidBit[4 : 2] == 3'b010))) && (! transition_0)))));
  assign transition_1 = ((active_1 && active_0) && (filtered_1 ^ filtered_0));
  assign _zz_firstBitAt_1_1 = (transition_1 && ((! lockedReg) || (! ((sinceMidBit[4 : 2] == 3'b000) || (sinceMidBit[4 : 0] == 5'h04)))));
  assign firstBitAt_1 = ((! _zz_firstBitAt_1) && _zz_firstBitAt_1_1);
  assign _zz_firstBitAt_2 = ((_zz_firstBitAt_1 || _zz_firstBitAt_1_1) || (lockedReg && ((! active_1) || ((! (((sinceMidBit[4 : 3] == 2'b00) || (sinceMidBit[4 : 1] == 4'b0100)) || (sinceMidBit[4 : 0] == 5'h0a))) && (! transition_1)))));
  assign transition_2 = ((active_2 && active_1) && (filtered_2 ^ filtered_1));
  assign _zz_firstBitAt_2_1 = (transition_2 && ((! lockedReg) || (! (sinceMidBit[4 : 2] == 3'b000))));
  assign firstBitAt_2 = ((! _zz_firstBitAt_2) && _zz_firstBitAt_2_1);
  assign _zz_firstBitAt_3 = ((_zz_firstBitAt_2 || _zz_firstBitAt_2_1) || (lockedReg && ((! active_2) || ((! ((sinceMidBit[4 : 3] == 2'b00) || (sinceMidBit[4 : 1] == 4'b0100))) && (! transition_2)))));
  assign transition_3 = ((active_3 && active_2) && (filtered_3 ^ filtered_2));
  assign _zz_firstBitAt_3_1 = (transition_3 && ((! lockedReg) || (! ((sinceMidBit[4 : 1] == 4'b0000) || (sinceMidBit[4 : 0] == 5'h02)))));
  assign firstBitAt_3 = ((! _zz_firstBitAt_3) && _zz_firstBitAt_3_1);
  assign _zz_firstBitAt_4 = ((_zz_firstBitAt_3 || _zz_firstBitAt_3_1) || (lockedReg && ((! active_3) || ((! ((sinceMidBit[4 : 3] == 2'b00) || (sinceMidBit[4 : 0] == 5'h08))) && (! transition_3)))));
  assign transition_4 = ((active_4 && active_3) && (filtered_4 ^ filtered_3));
  assign _zz_firstBitAt_4_1 = (transition_4 && ((! lockedReg) || (! (sinceMidBit[4 : 1] == 4'b0000))));
  assign firstBitAt_4 = ((! _zz_firstBitAt_4) && _zz_firstBitAt_4_1);
  assign _zz_firstBitAt_5 = ((_zz_firstBitAt_4 || _zz_firstBitAt_4_1) || (lockedReg && ((! active_4) || ((! (sinceMidBit[4 : 3] == 2'b00)) && (! transition_4)))));
  assign transition_5 = ((active_5 && active_4) && (filtered_5 ^ filtered_4));
  assign _zz_firstBitAt_5_1 = (transition_5 && ((! lockedReg) || (! (sinceMidBit[4 : 0] == 5'h0))));
  assign firstBitAt_5 = ((! _zz_firstBitAt_5) && _zz_firstBitAt_5_1);
  assign _zz_firstBitAt_6 = ((_zz_firstBitAt_5 || _zz_firstBitAt_5_1) || (lockedReg && ((! active_5) || ((! (((sinceMidBit[4 : 2] == 3'b000) || (sinceMidBit[4 : 1] == 4'b0010)) || (sinceMidBit[4 : 0] == 5'h06))) && (! transition_5)))));
  assign transition_6 = ((active_6 && active_5) && (filtered_6 ^ filtered_5));
  assign _zz_firstBitAt_6_1 = (transition_6 && ((! lockedReg) || 1'b1));
  assign firstBitAt_6 = ((! _zz_firstBitAt_6) && _zz_firstBitAt_6_1);
  assign _zz_firstBitAt_7 = ((_zz_firstBitAt_6 || _zz_firstBitAt_6_1) || (lockedReg && ((! active_6) || ((! ((sinceMidBit[4 : 2] == 3'b000) || (sinceMidBit[4 : 1] == 4'b0010))) && (! transition_6)))));
  assign transition_7 = ((active_7 && active_6) && (filtered_7 ^ filtered_6));
  assign _zz_firstBitAt_7_1 = (transition_7 && ((! lockedReg) || 1'b1));
  assign firstBitAt_7 = ((! _zz_firstBitAt_7) && _zz_firstBitAt_7_1);
  assign _zz_lockLost = 1'b0;
  assign _zz_lockLost_1 = ((((((1'b1 && (_zz_lockLost || active_1)) && (_zz_lockLost || active_2)) && (_zz_lockLost || active_3)) && (_zz_lockLost || active_4)) && (_zz_lockLost || active_5)) && (_zz_lockLost || active_6));
  assign _zz_sinceMidBit = ((_zz_lockLost_1 && (! _zz_lockLost)) && transition_7);
  assign _zz_bitCount = (firstBitAt_0 && _zz_sinceMidBit);
  assign _zz_lockLost_2 = 1'b0;
  assign _zz_lockLost_3 = 1'b0;
  assign _zz_lockLost_4 = 1'b0;
  assign _zz_lockLost_5 = 1'b0;
  assign _zz_lockLost_6 = 1'b0;
  assign _zz_bitCount_1 = ((((((((1'b0 || firstBitAt_0) || firstBitAt_1) || firstBitAt_2) || firstBitAt_3) || firstBitAt_4) || firstBitAt_5) || firstBitAt_6) || firstBitAt_7);
  assign _zz_lockLost_7 = ((((((_zz__zz_lockLost_7 || _zz__zz_lockLost_7_5) || (firstBitAt_3 && _zz__zz_lockLost_7_10)) || (firstBitAt_4 && (! _zz__zz_lockLost_7_13))) || (firstBitAt_5 && (! (_zz__zz_lockLost_7_16 && _zz__zz_lockLost_7_17)))) || (firstBitAt_6 && (! (1'b1 && (_zz__zz_lockLost_7_18 || active_7))))) || (firstBitAt_7 && (! 1'b1)));
  assign _zz_lockLost_8 = (((_zz_firstBitAt_7 || _zz_firstBitAt_7_1) || (lockedReg && ((! active_7) || ((! ((sinceMidBit[4 : 2] == 3'b000) || (sinceMidBit[4 : 0] == 5'h04))) && (! transition_7))))) && (! _zz_bitCount_1));
  assign bitCount = ((1'b0 || _zz_bitCount) ? 2'b10 : (_zz_bitCount_1 ? 2'b01 : 2'b00));
  assign bits = {(_zz_bitCount ? filtered_7 : 1'b0),(firstBitAt_7 ? filtered_7 : (firstBitAt_6 ? filtered_6 : (firstBitAt_5 ? filtered_5 : (firstBitAt_4 ? filtered_4 : (firstBitAt_3 ? filtered_3 : (firstBitAt_2 ? filtered_2 : (firstBitAt_1 ? _zz_bits : _zz_bits_1)))))))};
  assign lockLost = (_zz_lockLost_8 || _zz_lockLost_7);
  always @(posedge clk) begin
    if(reset) begin
      activeIn <= 8'h0;
      levelIn <= 8'h0;
      levelHistory <= 2'b00;
      activeHistory <= 1'b0;
      lastFiltered <= 1'b0;
      lastFilteredActive <= 1'b0;
      sinceMidBit <= 5'h0;
      lockedReg <= 1'b0;
    end else begin
      activeIn <= lineActive;
      levelIn <= lineLevel;
      levelHistory <= levelIn[7 : 6];
      activeHistory <= activeIn[7];
      lastFiltered <= filtered_7;
      lastFilteredActive <= active_7;
      sinceMidBit <= (_zz_bitCount_1 ? (firstBitAt_7 ? 5'h0 : (firstBitAt_6 ? 5'h01 : (firstBitAt_5 ? 5'h02 : (firstBitAt_4 ? 5'h03 : (firstBitAt_3 ? 5'h04 : (firstBitAt_2 ? _zz_sinceMidBit_1 : _zz_sinceMidBit_2)))))) : ((sinceMidBit[4 : 3] == 2'b00) ? _zz_sinceMidBit_3 : ((sinceMidBit[4 : 4] == 1'b0) ? 5'h10 : sinceMidBit)));
      lockedReg <= (_zz_bitCount_1 ? (! _zz_lockLost_7) : (lockedReg && (! _zz_lockLost_8)));
    end
  end


endmodule

module ManchesterEncoder (
  input  wire          txValid,
  input  wire [3:0]    txData,
  output wire          txReady,
  output wire          lineActive,
  output wire [7:0]    lineLevel,
  input  wire          clk,
  input  wire          reset
);

  reg        [1:0]    bitIndex;
  reg        [3:0]    shift;
  reg                 sending;
  reg                 ending;
  reg        [1:0]    endCount;
  wire                when_ManchesterEncoderjava_l78;
  wire                when_ManchesterEncoderjava_l85;
  wire                currentBit;

  assign txReady = (bitIndex == 2'b11);
  assign when_ManchesterEncoderjava_l78 = (sending && (! txValid));
  assign when_ManchesterEncoderjava_l85 = (endCount == 2'b10);
  assign currentBit = shift[bitIndex];
  assign lineLevel = (sending ? (currentBit ? 8'hf0 : 8'h0f) : (ending ? 8'hff : 8'h0));
  assign lineActive = (sending || ending);
  always @(posedge clk) begin
    if(reset) begin
      bitIndex <= 2'b00;
      shift <= 4'b0000;
      sending <= 1'b0;
      ending <= 1'b0;
      endCount <= 2'b00;
    end else begin
      bitIndex <= (bitIndex + 2'b01);
      if(txReady) begin
        shift <= txData;
        sending <= txValid;
        if(when_ManchesterEncoderjava_l78) begin
          ending <= 1'b1;
          endCount <= 2'b00;
        end
      end
      if(ending) begin
        endCount <= (endCount + 2'b01);
        if(when_ManchesterEncoderjava_l85) begin
          ending <= 1'b0;
        end
      end
    end
  end


endmodule
