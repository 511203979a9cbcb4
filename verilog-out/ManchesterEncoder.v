// Generator : SpinalHDL v1.14.2    git head : 78f29dc66110fc099a777992b6daa2f803ab445e
// Component : ManchesterEncoder

`timescale 1ns/1ps

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
