// Generator : SpinalHDL v1.14.2    git head : 78f29dc66110fc099a777992b6daa2f803ab445e
// Component : ManchesterEncoder

`timescale 1ns/1ps

module ManchesterEncoder (
  input  wire          txValid,
  input  wire [7:0]    txData,
  output wire          txReady,
  output wire          lineActive,
  output wire          lineLevel,
  input  wire          clk,
  input  wire          reset
);

  reg        [5:0]    phase;
  reg        [7:0]    shift;
  reg                 sending;
  reg                 ending;
  reg        [7:0]    endCount;
  wire                when_ManchesterEncoderjava_l72;
  wire                when_ManchesterEncoderjava_l79;
  wire                currentBit;

  assign txReady = (phase == 6'h3f);
  assign when_ManchesterEncoderjava_l72 = (sending && (! txValid));
  assign when_ManchesterEncoderjava_l79 = (endCount == 8'h17);
  assign currentBit = shift[phase[5 : 3]];
  assign lineLevel = (sending ? (phase[2] ? currentBit : (! currentBit)) : ending);
  assign lineActive = (sending || ending);
  always @(posedge clk or posedge reset) begin
    if(reset) begin
      phase <= 6'h0;
      shift <= 8'h0;
      sending <= 1'b0;
      ending <= 1'b0;
      endCount <= 8'h0;
    end else begin
      phase <= (phase + 6'h01);
      if(txReady) begin
        shift <= txData;
        sending <= txValid;
        if(when_ManchesterEncoderjava_l72) begin
          ending <= 1'b1;
          endCount <= 8'h0;
        end
      end
      if(ending) begin
        endCount <= (endCount + 8'h01);
        if(when_ManchesterEncoderjava_l79) begin
          ending <= 1'b0;
        end
      end
    end
  end


endmodule
