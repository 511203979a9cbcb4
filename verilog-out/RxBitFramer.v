// Generator : SpinalHDL v1.14.2    git head : 78f29dc66110fc099a777992b6daa2f803ab445e
// Component : RxBitFramer

`timescale 1ns/1ps

module RxBitFramer (
  input  wire          bitValid,
  input  wire          bitData,
  input  wire          locked,
  output wire          rxValid,
  output wire [7:0]    rxData,
  output wire          rxLast,
  output wire          rxDribble,
  input  wire          clk,
  input  wire          reset
);

  reg                 delimiter_byteValid;
  reg                 delimiter_frameEnd;
  wire                delimiter_dribbleIn;
  wire                delimiter_rxValid;
  wire       [7:0]    delimiter_rxData;
  wire                delimiter_rxLast;
  wire                delimiter_rxDribble;
  reg        [0:0]    state;
  reg        [6:0]    shift;
  reg        [2:0]    bitCount;
  reg                 wasLocked;
  wire       [7:0]    shifted;
  wire                when_RxBitFramerjava_l75;
  wire                when_RxBitFramerjava_l84;
  wire                when_RxBitFramerjava_l86;

  FrameDelimiter delimiter (
    .byteValid (delimiter_byteValid  ), //i
    .byteData  (shifted[7:0]         ), //i
    .frameEnd  (delimiter_frameEnd   ), //i
    .dribbleIn (delimiter_dribbleIn  ), //i
    .rxValid   (delimiter_rxValid    ), //o
    .rxData    (delimiter_rxData[7:0]), //o
    .rxLast    (delimiter_rxLast     ), //o
    .rxDribble (delimiter_rxDribble  ), //o
    .clk       (clk                  ), //i
    .reset     (reset                )  //i
  );
  assign shifted = {bitData,shift};
  always @(*) begin
    delimiter_byteValid = 1'b0;
    if(!when_RxBitFramerjava_l75) begin
      if(bitValid) begin
        if(!when_RxBitFramerjava_l84) begin
          delimiter_byteValid = (bitCount == 3'b111);
        end
      end
    end
  end

  always @(*) begin
    delimiter_frameEnd = 1'b0;
    if(when_RxBitFramerjava_l75) begin
      delimiter_frameEnd = (state == 1'b1);
    end
  end

  assign delimiter_dribbleIn = (|bitCount);
  assign when_RxBitFramerjava_l75 = (wasLocked && (! locked));
  assign when_RxBitFramerjava_l84 = (state == 1'b0);
  assign when_RxBitFramerjava_l86 = (shifted == 8'hd5);
  assign rxValid = delimiter_rxValid;
  assign rxData = delimiter_rxData;
  assign rxLast = delimiter_rxLast;
  assign rxDribble = delimiter_rxDribble;
  always @(posedge clk or posedge reset) begin
    if(reset) begin
      state <= 1'b0;
      shift <= 7'h0;
      bitCount <= 3'b000;
      wasLocked <= 1'b0;
    end else begin
      wasLocked <= locked;
      if(when_RxBitFramerjava_l75) begin
        shift <= 7'h0;
        state <= 1'b0;
      end else begin
        if(bitValid) begin
          shift <= shifted[7 : 1];
          if(when_RxBitFramerjava_l84) begin
            if(when_RxBitFramerjava_l86) begin
              bitCount <= 3'b000;
              state <= 1'b1;
            end
          end else begin
            bitCount <= (bitCount + 3'b001);
          end
        end
      end
    end
  end


endmodule

module FrameDelimiter (
  input  wire          byteValid,
  input  wire [7:0]    byteData,
  input  wire          frameEnd,
  input  wire          dribbleIn,
  output reg           rxValid,
  output wire [7:0]    rxData,
  output reg           rxLast,
  output reg           rxDribble,
  input  wire          clk,
  input  wire          reset
);

  reg        [7:0]    held;
  reg                 holding;

  always @(*) begin
    rxValid = 1'b0;
    if(frameEnd) begin
      rxValid = holding;
    end else begin
      if(byteValid) begin
        rxValid = holding;
      end
    end
  end

  assign rxData = held;
  always @(*) begin
    rxLast = 1'b0;
    if(frameEnd) begin
      rxLast = 1'b1;
    end
  end

  always @(*) begin
    rxDribble = 1'b0;
    if(frameEnd) begin
      rxDribble = dribbleIn;
    end
  end

  always @(posedge clk or posedge reset) begin
    if(reset) begin
      held <= 8'h0;
      holding <= 1'b0;
    end else begin
      if(frameEnd) begin
        holding <= 1'b0;
      end else begin
        if(byteValid) begin
          held <= byteData;
          holding <= 1'b1;
        end
      end
    end
  end


endmodule
