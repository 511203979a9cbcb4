// Generator : SpinalHDL v1.14.2    git head : 78f29dc66110fc099a777992b6daa2f803ab445e
// Component : ManchesterEncoder

`timescale 1ns/1ps

module ManchesterEncoder (
  input  wire          txValid,
  input  wire [3:0]    txData,
  output wire          txReady,
  output wire          lineActive,
  output wire          lineLevel,
  input  wire          clk,
  input  wire          reset
);

  reg        [4:0]    phase;
  reg        [3:0]    shift;
  reg                 sending;
  reg                 ending;
  reg        [7:0]    endCount;
  wire                when_ManchesterEncoderjava_l78;
  wire                when_ManchesterEncoderjava_l85;
  wire                currentBit;

  assign txReady = (phase == 5'h1f);
  assign when_ManchesterEncoderjava_l78 = (sending && (! txValid));
  assign when_ManchesterEncoderjava_l85 = (endCount == 8'h17);
  assign currentBit = shift[phase[4 : 3]];
  assign lineLevel = (sending ? (phase[2] ? currentBit : (! currentBit)) : ending);
  assign lineActive = (sending || ending);
  always @(posedge clk or posedge reset) begin
    if(reset) begin
      phase <= 5'h0;
      shift <= 4'b0000;
      sending <= 1'b0;
      ending <= 1'b0;
      endCount <= 8'h0;
    end else begin
      phase <= (phase + 5'h01);
      if(txReady) begin
        shift <= txData;
        sending <= txValid;
        if(when_ManchesterEncoderjava_l78) begin
          ending <= 1'b1;
          endCount <= 8'h0;
        end
      end
      if(ending) begin
        endCount <= (endCount + 8'h01);
        if(when_ManchesterEncoderjava_l85) begin
          ending <= 1'b0;
        end
      end
    end
  end


endmodule
