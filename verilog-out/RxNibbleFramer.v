// Generator : SpinalHDL v1.14.2    git head : 78f29dc66110fc099a777992b6daa2f803ab445e
// Component : RxNibbleFramer

`timescale 1ns/1ps

module RxNibbleFramer (
  input  wire          bitValid,
  input  wire          bitData,
  input  wire          locked,
  output reg           nibbleValid,
  output reg  [3:0]    nibbleData,
  output reg           frameEnd,
  input  wire          clk,
  input  wire          reset
);

  reg        [1:0]    state;
  reg        [6:0]    shift;
  reg        [1:0]    bitCount;
  reg                 wasLocked;
  wire       [7:0]    shifted;
  wire                when_RxNibbleFramerjava_l77;
  wire                when_RxNibbleFramerjava_l78;
  wire                when_RxNibbleFramerjava_l97;
  wire                when_RxNibbleFramerjava_l99;
  wire                when_RxNibbleFramerjava_l89;

  assign shifted = {bitData,shift};
  always @(*) begin
    nibbleValid = 1'b0;
    if(when_RxNibbleFramerjava_l77) begin
      if(when_RxNibbleFramerjava_l78) begin
        nibbleValid = (|bitCount);
      end
    end else begin
      if(when_RxNibbleFramerjava_l89) begin
        nibbleValid = 1'b1;
      end else begin
        if(bitValid) begin
          if(when_RxNibbleFramerjava_l97) begin
            if(when_RxNibbleFramerjava_l99) begin
              nibbleValid = 1'b1;
            end
          end else begin
            nibbleValid = (bitCount == 2'b11);
          end
        end
      end
    end
  end

  always @(*) begin
    nibbleData = shifted[7 : 4];
    if(when_RxNibbleFramerjava_l77) begin
      if(when_RxNibbleFramerjava_l78) begin
        nibbleData = shift[6 : 3];
      end
    end else begin
      if(when_RxNibbleFramerjava_l89) begin
        nibbleData = 4'b1101;
      end else begin
        if(bitValid) begin
          if(when_RxNibbleFramerjava_l97) begin
            if(when_RxNibbleFramerjava_l99) begin
              nibbleData = 4'b0101;
            end
          end
        end
      end
    end
  end

  always @(*) begin
    frameEnd = 1'b0;
    if(when_RxNibbleFramerjava_l77) begin
      if(when_RxNibbleFramerjava_l78) begin
        frameEnd = 1'b1;
      end
    end
  end

  assign when_RxNibbleFramerjava_l77 = (wasLocked && (! locked));
  assign when_RxNibbleFramerjava_l78 = (! (state == 2'b00));
  assign when_RxNibbleFramerjava_l97 = (state == 2'b00);
  assign when_RxNibbleFramerjava_l99 = (shifted == 8'hd5);
  assign when_RxNibbleFramerjava_l89 = (state == 2'b01);
  always @(posedge clk or posedge reset) begin
    if(reset) begin
      state <= 2'b00;
      shift <= 7'h0;
      bitCount <= 2'b00;
      wasLocked <= 1'b0;
    end else begin
      wasLocked <= locked;
      if(when_RxNibbleFramerjava_l77) begin
        shift <= 7'h0;
        state <= 2'b00;
      end else begin
        if(when_RxNibbleFramerjava_l89) begin
          state <= 2'b10;
        end else begin
          if(bitValid) begin
            shift <= shifted[7 : 1];
            if(when_RxNibbleFramerjava_l97) begin
              if(when_RxNibbleFramerjava_l99) begin
                bitCount <= 2'b00;
                state <= 2'b01;
              end
            end else begin
              bitCount <= (bitCount + 2'b01);
            end
          end
        end
      end
    end
  end


endmodule
