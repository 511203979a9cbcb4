// Generator : SpinalHDL v1.14.2    git head : 78f29dc66110fc099a777992b6daa2f803ab445e
// Component : RxByteFramer

`timescale 1ns/1ps

module RxByteFramer (
  input  wire          lineValid,
  input  wire [7:0]    lineData,
  output wire          rxValid,
  output wire [7:0]    rxData,
  output wire          rxLast,
  output wire          rxDribble,
  input  wire          clk,
  input  wire          reset
);

  reg                 delimiter_byteValid;
  reg                 delimiter_frameEnd;
  wire                delimiter_rxValid;
  wire       [7:0]    delimiter_rxData;
  wire                delimiter_rxLast;
  wire                delimiter_rxDribble;
  reg        [0:0]    state;
  reg                 wasValid;
  wire                when_RxByteFramerjava_l53;
  wire                when_RxByteFramerjava_l59;
  wire                when_RxByteFramerjava_l61;

  FrameDelimiter delimiter (
    .byteValid (delimiter_byteValid  ), //i
    .byteData  (lineData[7:0]        ), //i
    .frameEnd  (delimiter_frameEnd   ), //i
    .dribbleIn (1'b0                 ), //i
    .rxValid   (delimiter_rxValid    ), //o
    .rxData    (delimiter_rxData[7:0]), //o
    .rxLast    (delimiter_rxLast     ), //o
    .rxDribble (delimiter_rxDribble  ), //o
    .clk       (clk                  ), //i
    .reset     (reset                )  //i
  );
  always @(*) begin
    delimiter_byteValid = 1'b0;
    if(!when_RxByteFramerjava_l53) begin
      if(lineValid) begin
        if(!when_RxByteFramerjava_l59) begin
          delimiter_byteValid = 1'b1;
        end
      end
    end
  end

  always @(*) begin
    delimiter_frameEnd = 1'b0;
    if(when_RxByteFramerjava_l53) begin
      delimiter_frameEnd = (state == 1'b1);
    end
  end

  assign when_RxByteFramerjava_l53 = (wasValid && (! lineValid));
  assign when_RxByteFramerjava_l59 = (state == 1'b0);
  assign when_RxByteFramerjava_l61 = (lineData == 8'hd5);
  assign rxValid = delimiter_rxValid;
  assign rxData = delimiter_rxData;
  assign rxLast = delimiter_rxLast;
  assign rxDribble = delimiter_rxDribble;
  always @(posedge clk) begin
    if(reset) begin
      state <= 1'b0;
      wasValid <= 1'b0;
    end else begin
      wasValid <= lineValid;
      if(when_RxByteFramerjava_l53) begin
        state <= 1'b0;
      end else begin
        if(lineValid) begin
          if(when_RxByteFramerjava_l59) begin
            if(when_RxByteFramerjava_l61) begin
              state <= 1'b1;
            end
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

  always @(posedge clk) begin
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
