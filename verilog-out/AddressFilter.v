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

  wire       [7:0]    _zz_binCandidates_1;
  wire       [7:0]    _zz_binCandidates_2;
  wire       [7:0]    _zz_binCandidates_3;
  wire       [7:0]    _zz_binCandidates_4;
  wire       [7:0]    _zz_binCandidates_5;
  wire       [7:0]    _zz_binCandidates_6;
  wire       [7:0]    _zz_binCandidates_7;
  wire       [7:0]    _zz_binCandidates_8;
  wire       [5:0]    _zz_byteMatched;
  reg        [2:0]    index;
  reg                 sameAsStation;
  reg                 allOnes;
  reg                 groupAddress;
  reg                 byteMatched;
  reg                 compared;
  reg        [7:0]    binCandidates;
  reg                 binSet;
  reg                 seventhSeen;
  reg                 binValid;
  wire       [2:0]    _zz_binCandidates;
  wire                when_AddressFilterjava_l120;
  wire                when_AddressFilterjava_l126;
  wire                when_AddressFilterjava_l123;
  wire                _zz_accept;

  assign _zz_binCandidates_1 = multicastHash[7 : 0];
  assign _zz_binCandidates_2 = multicastHash[15 : 8];
  assign _zz_binCandidates_3 = multicastHash[23 : 16];
  assign _zz_binCandidates_4 = multicastHash[31 : 24];
  assign _zz_binCandidates_5 = multicastHash[39 : 32];
  assign _zz_binCandidates_6 = multicastHash[47 : 40];
  assign _zz_binCandidates_7 = multicastHash[55 : 48];
  assign _zz_binCandidates_8 = multicastHash[63 : 56];
  assign _zz_byteMatched = ({3'd0,index} <<< 2'd3);
  assign _zz_binCandidates = destinationHash[2 : 0];
  assign when_AddressFilterjava_l120 = (index < 3'b110);
  assign when_AddressFilterjava_l126 = (index == 3'b110);
  assign when_AddressFilterjava_l123 = (index == 3'b000);
  assign _zz_accept = (rxValid && rxLast);
  assign unicastMatch = (((_zz_accept && when_AddressFilterjava_l126) && sameAsStation) && (! compared));
  assign broadcastMatch = ((_zz_accept && when_AddressFilterjava_l126) && allOnes);
  assign multicastMatch = (((((_zz_accept && when_AddressFilterjava_l126) && groupAddress) && (! allOnes)) && binValid) && binSet);
  assign accept = (((unicastMatch || broadcastMatch) || multicastMatch) || (_zz_accept && promiscuous));
  always @(posedge clk) begin
    if(reset) begin
      index <= 3'b000;
      sameAsStation <= 1'b1;
      allOnes <= 1'b1;
      groupAddress <= 1'b0;
      compared <= 1'b0;
      binCandidates <= 8'h0;
      binSet <= 1'b0;
      seventhSeen <= 1'b0;
      binValid <= 1'b0;
    end else begin
      binCandidates[0] <= _zz_binCandidates_1[_zz_binCandidates];
      binCandidates[1] <= _zz_binCandidates_2[_zz_binCandidates];
      binCandidates[2] <= _zz_binCandidates_3[_zz_binCandidates];
      binCandidates[3] <= _zz_binCandidates_4[_zz_binCandidates];
      binCandidates[4] <= _zz_binCandidates_5[_zz_binCandidates];
      binCandidates[5] <= _zz_binCandidates_6[_zz_binCandidates];
      binCandidates[6] <= _zz_binCandidates_7[_zz_binCandidates];
      binCandidates[7] <= _zz_binCandidates_8[_zz_binCandidates];
      binSet <= binCandidates[destinationHash[5 : 3]];
      compared <= ((rxValid && when_AddressFilterjava_l120) && (! rxLast));
      if(compared) begin
        sameAsStation <= (sameAsStation && byteMatched);
      end
      if(rxValid) begin
        if(when_AddressFilterjava_l120) begin
          index <= (index + 3'b001);
          allOnes <= (allOnes && (rxData == 8'hff));
          if(when_AddressFilterjava_l123) begin
            groupAddress <= rxData[0];
          end
        end
        if(when_AddressFilterjava_l126) begin
          seventhSeen <= 1'b1;
          binValid <= seventhSeen;
        end
        if(rxLast) begin
          index <= 3'b000;
          sameAsStation <= 1'b1;
          allOnes <= 1'b1;
          seventhSeen <= 1'b0;
          binValid <= 1'b0;
        end
      end
    end
  end

  always @(posedge clk) begin
    byteMatched <= (rxData == stationAddress[_zz_byteMatched +: 8]);
  end


endmodule
