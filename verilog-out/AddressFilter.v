// Generator : SpinalHDL v1.14.2    git head : 78f29dc66110fc099a777992b6daa2f803ab445e
// Component : AddressFilter

`timescale 1ns/1ps

module AddressFilter (
  input  wire          rxValid,
  input  wire [7:0]    rxData,
  input  wire          rxLast,
  input  wire [47:0]   stationAddress,
  input  wire          promiscuous,
  input  wire [63:0]   multicastHash,
  input  wire [5:0]    destinationHash,
  output wire          accept,
  output wire          unicastMatch,
  output wire          broadcastMatch,
  output wire          multicastMatch,
  input  wire          clk,
  input  wire          reset
);

  wire       [5:0]    _zz_sameAsStation;
  reg        [2:0]    index;
  reg                 sameAsStation;
  reg                 allOnes;
  reg                 groupAddress;
  reg                 binSet;
  reg                 binValid;
  wire                when_AddressFilterjava_l86;
  wire                when_AddressFilterjava_l93;
  wire                when_AddressFilterjava_l90;
  wire                _zz_accept;

  assign _zz_sameAsStation = ({3'd0,index} <<< 2'd3);
  assign when_AddressFilterjava_l86 = (index < 3'b110);
  assign when_AddressFilterjava_l93 = (index == 3'b110);
  assign when_AddressFilterjava_l90 = (index == 3'b000);
  assign _zz_accept = (rxValid && rxLast);
  assign unicastMatch = ((_zz_accept && when_AddressFilterjava_l93) && sameAsStation);
  assign broadcastMatch = ((_zz_accept && when_AddressFilterjava_l93) && allOnes);
  assign multicastMatch = (((((_zz_accept && when_AddressFilterjava_l93) && groupAddress) && (! allOnes)) && binValid) && binSet);
  assign accept = (((unicastMatch || broadcastMatch) || multicastMatch) || (_zz_accept && promiscuous));
  always @(posedge clk) begin
    if(reset) begin
      index <= 3'b000;
      sameAsStation <= 1'b1;
      allOnes <= 1'b1;
      groupAddress <= 1'b0;
      binSet <= 1'b0;
      binValid <= 1'b0;
    end else begin
      binSet <= multicastHash[destinationHash];
      if(rxValid) begin
        if(when_AddressFilterjava_l86) begin
          index <= (index + 3'b001);
          sameAsStation <= (sameAsStation && (rxData == stationAddress[_zz_sameAsStation +: 8]));
          allOnes <= (allOnes && (rxData == 8'hff));
          if(when_AddressFilterjava_l90) begin
            groupAddress <= rxData[0];
          end
        end
        if(when_AddressFilterjava_l93) begin
          binValid <= 1'b1;
        end
        if(rxLast) begin
          index <= 3'b000;
          sameAsStation <= 1'b1;
          allOnes <= 1'b1;
          binValid <= 1'b0;
        end
      end
    end
  end


endmodule
