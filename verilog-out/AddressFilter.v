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
  output wire          accept,
  output wire          unicastMatch,
  output wire          broadcastMatch,
  output wire          multicastMatch,
  input  wire          clk,
  input  wire          reset
);

  wire                hash_clear;
  wire                hash_valid;
  wire       [31:0]   hash_crc;
  wire                hash_residueOk;
  wire                hash_enableError;
  wire       [5:0]    _zz_sameAsStation;
  reg        [2:0]    index;
  reg                 sameAsStation;
  reg                 allOnes;
  reg                 groupAddress;
  wire                when_AddressFilterjava_l81;
  wire                when_AddressFilterjava_l85;
  wire       [5:0]    hashBin;
  wire                _zz_unicastMatch;
  wire                _zz_accept;

  assign _zz_sameAsStation = ({3'd0,index} <<< 2'd3);
  Crc32W8 hash (
    .clear       (hash_clear      ), //i
    .valid       (hash_valid      ), //i
    .data        (rxData[7:0]     ), //i
    .byteEnable  (1'b1            ), //i
    .crc         (hash_crc[31:0]  ), //o
    .residueOk   (hash_residueOk  ), //o
    .enableError (hash_enableError), //o
    .clk         (clk             ), //i
    .reset       (reset           )  //i
  );
  assign when_AddressFilterjava_l81 = (index < 3'b110);
  assign hash_clear = (rxValid && (index == 3'b000));
  assign hash_valid = (rxValid && when_AddressFilterjava_l81);
  assign when_AddressFilterjava_l85 = (index == 3'b000);
  assign hashBin = hash_crc[31 : 26];
  assign _zz_unicastMatch = (index == 3'b110);
  assign _zz_accept = (rxValid && rxLast);
  assign unicastMatch = ((_zz_accept && _zz_unicastMatch) && sameAsStation);
  assign broadcastMatch = ((_zz_accept && _zz_unicastMatch) && allOnes);
  assign multicastMatch = ((((_zz_accept && _zz_unicastMatch) && groupAddress) && (! allOnes)) && multicastHash[hashBin]);
  assign accept = (((unicastMatch || broadcastMatch) || multicastMatch) || (_zz_accept && promiscuous));
  always @(posedge clk or posedge reset) begin
    if(reset) begin
      index <= 3'b000;
      sameAsStation <= 1'b1;
      allOnes <= 1'b1;
      groupAddress <= 1'b0;
    end else begin
      if(rxValid) begin
        if(when_AddressFilterjava_l81) begin
          index <= (index + 3'b001);
          sameAsStation <= (sameAsStation && (rxData == stationAddress[_zz_sameAsStation +: 8]));
          allOnes <= (allOnes && (rxData == 8'hff));
          if(when_AddressFilterjava_l85) begin
            groupAddress <= rxData[0];
          end
        end
        if(rxLast) begin
          index <= 3'b000;
          sameAsStation <= 1'b1;
          allOnes <= 1'b1;
        end
      end
    end
  end


endmodule

module Crc32W8 (
  input  wire          clear,
  input  wire          valid,
  input  wire [7:0]    data,
  input  wire [0:0]    byteEnable,
  output wire [31:0]   crc,
  output wire          residueOk,
  output wire          enableError,
  input  wire          clk,
  input  wire          reset
);

  wire       [31:0]   _zz_lanes1Mixed;
  wire       [7:0]    _zz_lanes1Mixed_1;
  reg        [31:0]   state;
  reg                 enableErrorSticky;
  wire       [31:0]   startState;
  wire       [31:0]   lanes1Mixed;
  reg        [31:0]   stateAfter1Byte;
  wire                noLaneEnabled;
  wire                first1LaneEnabled;

  assign _zz_lanes1Mixed_1 = data[7 : 0];
  assign _zz_lanes1Mixed = {24'd0, _zz_lanes1Mixed_1};
  assign startState = (clear ? 32'hffffffff : state);
  assign lanes1Mixed = (startState ^ _zz_lanes1Mixed);
  always @(*) begin
    stateAfter1Byte[0] = (^(lanes1Mixed & 32'h00000104));
    stateAfter1Byte[1] = (^(lanes1Mixed & 32'h00000209));
    stateAfter1Byte[2] = (^(lanes1Mixed & 32'h00000413));
    stateAfter1Byte[3] = (^(lanes1Mixed & 32'h00000826));
    stateAfter1Byte[4] = (^(lanes1Mixed & 32'h0000104d));
    stateAfter1Byte[5] = (^(lanes1Mixed & 32'h0000209a));
    stateAfter1Byte[6] = (^(lanes1Mixed & 32'h00004030));
    stateAfter1Byte[7] = (^(lanes1Mixed & 32'h00008061));
    stateAfter1Byte[8] = (^(lanes1Mixed & 32'h000100c2));
    stateAfter1Byte[9] = (^(lanes1Mixed & 32'h00020080));
    stateAfter1Byte[10] = (^(lanes1Mixed & 32'h00040004));
    stateAfter1Byte[11] = (^(lanes1Mixed & 32'h00080008));
    stateAfter1Byte[12] = (^(lanes1Mixed & 32'h00100011));
    stateAfter1Byte[13] = (^(lanes1Mixed & 32'h00200023));
    stateAfter1Byte[14] = (^(lanes1Mixed & 32'h00400046));
    stateAfter1Byte[15] = (^(lanes1Mixed & 32'h0080008c));
    stateAfter1Byte[16] = (^(lanes1Mixed & 32'h0100001d));
    stateAfter1Byte[17] = (^(lanes1Mixed & 32'h0200003b));
    stateAfter1Byte[18] = (^(lanes1Mixed & 32'h04000077));
    stateAfter1Byte[19] = (^(lanes1Mixed & 32'h080000ee));
    stateAfter1Byte[20] = (^(lanes1Mixed & 32'h100000d8));
    stateAfter1Byte[21] = (^(lanes1Mixed & 32'h200000b4));
    stateAfter1Byte[22] = (^(lanes1Mixed & 32'h4000006c));
    stateAfter1Byte[23] = (^(lanes1Mixed & 32'h800000d8));
    stateAfter1Byte[24] = (^(lanes1Mixed & 32'h000000b5));
    stateAfter1Byte[25] = (^(lanes1Mixed & 32'h0000006f));
    stateAfter1Byte[26] = (^(lanes1Mixed & 32'h000000df));
    stateAfter1Byte[27] = (^(lanes1Mixed & 32'h000000ba));
    stateAfter1Byte[28] = (^(lanes1Mixed & 32'h00000071));
    stateAfter1Byte[29] = (^(lanes1Mixed & 32'h000000e3));
    stateAfter1Byte[30] = (^(lanes1Mixed & 32'h000000c3));
    stateAfter1Byte[31] = (^(lanes1Mixed & 32'h00000082));
  end

  assign noLaneEnabled = (byteEnable == 1'b0);
  assign first1LaneEnabled = (byteEnable == 1'b1);
  assign crc = (~ state);
  assign residueOk = (state == 32'hdebb20e3);
  assign enableError = enableErrorSticky;
  always @(posedge clk or posedge reset) begin
    if(reset) begin
      state <= 32'hffffffff;
      enableErrorSticky <= 1'b0;
    end else begin
      state <= startState;
      if(clear) begin
        enableErrorSticky <= 1'b0;
      end
      if(valid) begin
        if(noLaneEnabled) begin
          state <= startState;
        end else begin
          if(first1LaneEnabled) begin
            state <= stateAfter1Byte;
          end else begin
            enableErrorSticky <= 1'b1;
          end
        end
      end
    end
  end


endmodule
