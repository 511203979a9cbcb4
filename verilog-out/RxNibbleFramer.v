// Generator : SpinalHDL v1.14.2    git head : 78f29dc66110fc099a777992b6daa2f803ab445e
// Component : RxNibbleFramer

`timescale 1ns/1ps

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
