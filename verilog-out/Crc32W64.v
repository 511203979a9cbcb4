// Generator : SpinalHDL v1.14.2    git head : 78f29dc66110fc099a777992b6daa2f803ab445e
// Component : Crc32W64

`timescale 1ns/1ps

module Crc32W64 (
  input  wire          clear,
  input  wire          valid,
  input  wire [63:0]   data,
  input  wire [7:0]    byteEnable,
  output wire [31:0]   crc,
  output wire          residueOk,
  output wire          enableError,
  input  wire          clk,
  input  wire          reset
);

  wire       [31:0]   _zz_lanes1Mixed;
  wire       [7:0]    _zz_lanes1Mixed_1;
  wire       [31:0]   _zz_lanes2Mixed;
  wire       [15:0]   _zz_lanes2Mixed_1;
  wire       [31:0]   _zz_lanes3Mixed;
  wire       [23:0]   _zz_lanes3Mixed_1;
  reg        [31:0]   state;
  reg                 enableErrorSticky;
  wire       [31:0]   startState;
  wire       [31:0]   lanes1Mixed;
  reg        [31:0]   stateAfter1Byte;
  wire       [31:0]   lanes2Mixed;
  reg        [31:0]   stateAfter2Bytes;
  wire       [31:0]   lanes3Mixed;
  reg        [31:0]   stateAfter3Bytes;
  wire       [31:0]   lanes4Mixed;
  reg        [31:0]   stateAfter4Bytes;
  wire       [31:0]   lanes5Mixed;
  reg        [31:0]   stateAfter5Bytes;
  wire       [31:0]   lanes6Mixed;
  reg        [31:0]   stateAfter6Bytes;
  wire       [31:0]   lanes7Mixed;
  reg        [31:0]   stateAfter7Bytes;
  wire       [31:0]   lanes8Mixed;
  reg        [31:0]   stateAfter8Bytes;
  wire                noLaneEnabled;
  wire                first1LaneEnabled;
  wire                first2LanesEnabled;
  wire                first3LanesEnabled;
  wire                first4LanesEnabled;
  wire                first5LanesEnabled;
  wire                first6LanesEnabled;
  wire                first7LanesEnabled;
  wire                first8LanesEnabled;

  assign _zz_lanes1Mixed_1 = data[7 : 0];
  assign _zz_lanes1Mixed = {24'd0, _zz_lanes1Mixed_1};
  assign _zz_lanes2Mixed_1 = data[15 : 0];
  assign _zz_lanes2Mixed = {16'd0, _zz_lanes2Mixed_1};
  assign _zz_lanes3Mixed_1 = data[23 : 0];
  assign _zz_lanes3Mixed = {8'd0, _zz_lanes3Mixed_1};
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

  assign lanes2Mixed = (startState ^ _zz_lanes2Mixed);
  always @(*) begin
    stateAfter2Bytes[0] = (^(lanes2Mixed & 32'h000104d1));
    stateAfter2Bytes[1] = (^(lanes2Mixed & 32'h000209a2));
    stateAfter2Bytes[2] = (^(lanes2Mixed & 32'h00041344));
    stateAfter2Bytes[3] = (^(lanes2Mixed & 32'h00082688));
    stateAfter2Bytes[4] = (^(lanes2Mixed & 32'h00104d10));
    stateAfter2Bytes[5] = (^(lanes2Mixed & 32'h00209a20));
    stateAfter2Bytes[6] = (^(lanes2Mixed & 32'h00403091));
    stateAfter2Bytes[7] = (^(lanes2Mixed & 32'h00806122));
    stateAfter2Bytes[8] = (^(lanes2Mixed & 32'h0100c245));
    stateAfter2Bytes[9] = (^(lanes2Mixed & 32'h0200805a));
    stateAfter2Bytes[10] = (^(lanes2Mixed & 32'h04000464));
    stateAfter2Bytes[11] = (^(lanes2Mixed & 32'h080008c8));
    stateAfter2Bytes[12] = (^(lanes2Mixed & 32'h10001191));
    stateAfter2Bytes[13] = (^(lanes2Mixed & 32'h20002323));
    stateAfter2Bytes[14] = (^(lanes2Mixed & 32'h40004646));
    stateAfter2Bytes[15] = (^(lanes2Mixed & 32'h80008c8c));
    stateAfter2Bytes[16] = (^(lanes2Mixed & 32'h00001dc9));
    stateAfter2Bytes[17] = (^(lanes2Mixed & 32'h00003b93));
    stateAfter2Bytes[18] = (^(lanes2Mixed & 32'h00007726));
    stateAfter2Bytes[19] = (^(lanes2Mixed & 32'h0000ee4d));
    stateAfter2Bytes[20] = (^(lanes2Mixed & 32'h0000d84b));
    stateAfter2Bytes[21] = (^(lanes2Mixed & 32'h0000b446));
    stateAfter2Bytes[22] = (^(lanes2Mixed & 32'h00006c5c));
    stateAfter2Bytes[23] = (^(lanes2Mixed & 32'h0000d8b8));
    stateAfter2Bytes[24] = (^(lanes2Mixed & 32'h0000b5a1));
    stateAfter2Bytes[25] = (^(lanes2Mixed & 32'h00006f92));
    stateAfter2Bytes[26] = (^(lanes2Mixed & 32'h0000df24));
    stateAfter2Bytes[27] = (^(lanes2Mixed & 32'h0000ba99));
    stateAfter2Bytes[28] = (^(lanes2Mixed & 32'h000071e3));
    stateAfter2Bytes[29] = (^(lanes2Mixed & 32'h0000e3c6));
    stateAfter2Bytes[30] = (^(lanes2Mixed & 32'h0000c35c));
    stateAfter2Bytes[31] = (^(lanes2Mixed & 32'h00008268));
  end

  assign lanes3Mixed = (startState ^ _zz_lanes3Mixed);
  always @(*) begin
    stateAfter3Bytes[0] = (^(lanes3Mixed & 32'h0104d101));
    stateAfter3Bytes[1] = (^(lanes3Mixed & 32'h0209a203));
    stateAfter3Bytes[2] = (^(lanes3Mixed & 32'h04134407));
    stateAfter3Bytes[3] = (^(lanes3Mixed & 32'h0826880e));
    stateAfter3Bytes[4] = (^(lanes3Mixed & 32'h104d101d));
    stateAfter3Bytes[5] = (^(lanes3Mixed & 32'h209a203b));
    stateAfter3Bytes[6] = (^(lanes3Mixed & 32'h40309176));
    stateAfter3Bytes[7] = (^(lanes3Mixed & 32'h806122ec));
    stateAfter3Bytes[8] = (^(lanes3Mixed & 32'h00c245d8));
    stateAfter3Bytes[9] = (^(lanes3Mixed & 32'h00805ab1));
    stateAfter3Bytes[10] = (^(lanes3Mixed & 32'h00046462));
    stateAfter3Bytes[11] = (^(lanes3Mixed & 32'h0008c8c5));
    stateAfter3Bytes[12] = (^(lanes3Mixed & 32'h0011918a));
    stateAfter3Bytes[13] = (^(lanes3Mixed & 32'h00232315));
    stateAfter3Bytes[14] = (^(lanes3Mixed & 32'h0046462b));
    stateAfter3Bytes[15] = (^(lanes3Mixed & 32'h008c8c56));
    stateAfter3Bytes[16] = (^(lanes3Mixed & 32'h001dc9ac));
    stateAfter3Bytes[17] = (^(lanes3Mixed & 32'h003b9359));
    stateAfter3Bytes[18] = (^(lanes3Mixed & 32'h007726b2));
    stateAfter3Bytes[19] = (^(lanes3Mixed & 32'h00ee4d64));
    stateAfter3Bytes[20] = (^(lanes3Mixed & 32'h00d84bc8));
    stateAfter3Bytes[21] = (^(lanes3Mixed & 32'h00b44690));
    stateAfter3Bytes[22] = (^(lanes3Mixed & 32'h006c5c21));
    stateAfter3Bytes[23] = (^(lanes3Mixed & 32'h00d8b843));
    stateAfter3Bytes[24] = (^(lanes3Mixed & 32'h00b5a187));
    stateAfter3Bytes[25] = (^(lanes3Mixed & 32'h006f920e));
    stateAfter3Bytes[26] = (^(lanes3Mixed & 32'h00df241c));
    stateAfter3Bytes[27] = (^(lanes3Mixed & 32'h00ba9938));
    stateAfter3Bytes[28] = (^(lanes3Mixed & 32'h0071e370));
    stateAfter3Bytes[29] = (^(lanes3Mixed & 32'h00e3c6e0));
    stateAfter3Bytes[30] = (^(lanes3Mixed & 32'h00c35cc0));
    stateAfter3Bytes[31] = (^(lanes3Mixed & 32'h00826880));
  end

  assign lanes4Mixed = (startState ^ data[31 : 0]);
  always @(*) begin
    stateAfter4Bytes[0] = (^(lanes4Mixed & 32'h04d101df));
    stateAfter4Bytes[1] = (^(lanes4Mixed & 32'h09a203be));
    stateAfter4Bytes[2] = (^(lanes4Mixed & 32'h1344077d));
    stateAfter4Bytes[3] = (^(lanes4Mixed & 32'h26880efa));
    stateAfter4Bytes[4] = (^(lanes4Mixed & 32'h4d101df4));
    stateAfter4Bytes[5] = (^(lanes4Mixed & 32'h9a203be9));
    stateAfter4Bytes[6] = (^(lanes4Mixed & 32'h3091760d));
    stateAfter4Bytes[7] = (^(lanes4Mixed & 32'h6122ec1a));
    stateAfter4Bytes[8] = (^(lanes4Mixed & 32'hc245d835));
    stateAfter4Bytes[9] = (^(lanes4Mixed & 32'h805ab1b5));
    stateAfter4Bytes[10] = (^(lanes4Mixed & 32'h046462b5));
    stateAfter4Bytes[11] = (^(lanes4Mixed & 32'h08c8c56a));
    stateAfter4Bytes[12] = (^(lanes4Mixed & 32'h11918ad4));
    stateAfter4Bytes[13] = (^(lanes4Mixed & 32'h232315a9));
    stateAfter4Bytes[14] = (^(lanes4Mixed & 32'h46462b53));
    stateAfter4Bytes[15] = (^(lanes4Mixed & 32'h8c8c56a6));
    stateAfter4Bytes[16] = (^(lanes4Mixed & 32'h1dc9ac92));
    stateAfter4Bytes[17] = (^(lanes4Mixed & 32'h3b935924));
    stateAfter4Bytes[18] = (^(lanes4Mixed & 32'h7726b249));
    stateAfter4Bytes[19] = (^(lanes4Mixed & 32'hee4d6493));
    stateAfter4Bytes[20] = (^(lanes4Mixed & 32'hd84bc8f9));
    stateAfter4Bytes[21] = (^(lanes4Mixed & 32'hb446902d));
    stateAfter4Bytes[22] = (^(lanes4Mixed & 32'h6c5c2184));
    stateAfter4Bytes[23] = (^(lanes4Mixed & 32'hd8b84309));
    stateAfter4Bytes[24] = (^(lanes4Mixed & 32'hb5a187cc));
    stateAfter4Bytes[25] = (^(lanes4Mixed & 32'h6f920e46));
    stateAfter4Bytes[26] = (^(lanes4Mixed & 32'hdf241c8c));
    stateAfter4Bytes[27] = (^(lanes4Mixed & 32'hba9938c7));
    stateAfter4Bytes[28] = (^(lanes4Mixed & 32'h71e37051));
    stateAfter4Bytes[29] = (^(lanes4Mixed & 32'he3c6e0a3));
    stateAfter4Bytes[30] = (^(lanes4Mixed & 32'hc35cc098));
    stateAfter4Bytes[31] = (^(lanes4Mixed & 32'h826880ef));
  end

  assign lanes5Mixed = (startState ^ data[31 : 0]);
  always @(*) begin
    stateAfter5Bytes[0] = ((^(lanes5Mixed & 32'hd101df48)) ^ (^(data[39 : 32] & 8'h04)));
    stateAfter5Bytes[1] = ((^(lanes5Mixed & 32'ha203be90)) ^ (^(data[39 : 32] & 8'h09)));
    stateAfter5Bytes[2] = ((^(lanes5Mixed & 32'h44077d20)) ^ (^(data[39 : 32] & 8'h13)));
    stateAfter5Bytes[3] = ((^(lanes5Mixed & 32'h880efa40)) ^ (^(data[39 : 32] & 8'h26)));
    stateAfter5Bytes[4] = ((^(lanes5Mixed & 32'h101df481)) ^ (^(data[39 : 32] & 8'h4d)));
    stateAfter5Bytes[5] = ((^(lanes5Mixed & 32'h203be903)) ^ (^(data[39 : 32] & 8'h9a)));
    stateAfter5Bytes[6] = ((^(lanes5Mixed & 32'h91760d4e)) ^ (^(data[39 : 32] & 8'h30)));
    stateAfter5Bytes[7] = ((^(lanes5Mixed & 32'h22ec1a9d)) ^ (^(data[39 : 32] & 8'h61)));
    stateAfter5Bytes[8] = ((^(lanes5Mixed & 32'h45d8353b)) ^ (^(data[39 : 32] & 8'hc2)));
    stateAfter5Bytes[9] = ((^(lanes5Mixed & 32'h5ab1b53e)) ^ (^(data[39 : 32] & 8'h80)));
    stateAfter5Bytes[10] = ((^(lanes5Mixed & 32'h6462b534)) ^ (^(data[39 : 32] & 8'h04)));
    stateAfter5Bytes[11] = ((^(lanes5Mixed & 32'hc8c56a69)) ^ (^(data[39 : 32] & 8'h08)));
    stateAfter5Bytes[12] = ((^(lanes5Mixed & 32'h918ad4d2)) ^ (^(data[39 : 32] & 8'h11)));
    stateAfter5Bytes[13] = ((^(lanes5Mixed & 32'h2315a9a5)) ^ (^(data[39 : 32] & 8'h23)));
    stateAfter5Bytes[14] = ((^(lanes5Mixed & 32'h462b534a)) ^ (^(data[39 : 32] & 8'h46)));
    stateAfter5Bytes[15] = ((^(lanes5Mixed & 32'h8c56a694)) ^ (^(data[39 : 32] & 8'h8c)));
    stateAfter5Bytes[16] = ((^(lanes5Mixed & 32'hc9ac9260)) ^ (^(data[39 : 32] & 8'h1d)));
    stateAfter5Bytes[17] = ((^(lanes5Mixed & 32'h935924c0)) ^ (^(data[39 : 32] & 8'h3b)));
    stateAfter5Bytes[18] = ((^(lanes5Mixed & 32'h26b24980)) ^ (^(data[39 : 32] & 8'h77)));
    stateAfter5Bytes[19] = ((^(lanes5Mixed & 32'h4d649300)) ^ (^(data[39 : 32] & 8'hee)));
    stateAfter5Bytes[20] = ((^(lanes5Mixed & 32'h4bc8f948)) ^ (^(data[39 : 32] & 8'hd8)));
    stateAfter5Bytes[21] = ((^(lanes5Mixed & 32'h46902dd9)) ^ (^(data[39 : 32] & 8'hb4)));
    stateAfter5Bytes[22] = ((^(lanes5Mixed & 32'h5c2184fb)) ^ (^(data[39 : 32] & 8'h6c)));
    stateAfter5Bytes[23] = ((^(lanes5Mixed & 32'hb84309f6)) ^ (^(data[39 : 32] & 8'hd8)));
    stateAfter5Bytes[24] = ((^(lanes5Mixed & 32'ha187cca5)) ^ (^(data[39 : 32] & 8'hb5)));
    stateAfter5Bytes[25] = ((^(lanes5Mixed & 32'h920e4602)) ^ (^(data[39 : 32] & 8'h6f)));
    stateAfter5Bytes[26] = ((^(lanes5Mixed & 32'h241c8c05)) ^ (^(data[39 : 32] & 8'hdf)));
    stateAfter5Bytes[27] = ((^(lanes5Mixed & 32'h9938c743)) ^ (^(data[39 : 32] & 8'hba)));
    stateAfter5Bytes[28] = ((^(lanes5Mixed & 32'he37051cf)) ^ (^(data[39 : 32] & 8'h71)));
    stateAfter5Bytes[29] = ((^(lanes5Mixed & 32'hc6e0a39f)) ^ (^(data[39 : 32] & 8'he3)));
    stateAfter5Bytes[30] = ((^(lanes5Mixed & 32'h5cc09876)) ^ (^(data[39 : 32] & 8'hc3)));
    stateAfter5Bytes[31] = ((^(lanes5Mixed & 32'h6880efa4)) ^ (^(data[39 : 32] & 8'h82)));
  end

  assign lanes6Mixed = (startState ^ data[31 : 0]);
  always @(*) begin
    stateAfter6Bytes[0] = ((^(lanes6Mixed & 32'h01df481b)) ^ (^(data[47 : 32] & 16'h04d1)));
    stateAfter6Bytes[1] = ((^(lanes6Mixed & 32'h03be9036)) ^ (^(data[47 : 32] & 16'h09a2)));
    stateAfter6Bytes[2] = ((^(lanes6Mixed & 32'h077d206d)) ^ (^(data[47 : 32] & 16'h1344)));
    stateAfter6Bytes[3] = ((^(lanes6Mixed & 32'h0efa40da)) ^ (^(data[47 : 32] & 16'h2688)));
    stateAfter6Bytes[4] = ((^(lanes6Mixed & 32'h1df481b4)) ^ (^(data[47 : 32] & 16'h4d10)));
    stateAfter6Bytes[5] = ((^(lanes6Mixed & 32'h3be90369)) ^ (^(data[47 : 32] & 16'h9a20)));
    stateAfter6Bytes[6] = ((^(lanes6Mixed & 32'h760d4ec8)) ^ (^(data[47 : 32] & 16'h3091)));
    stateAfter6Bytes[7] = ((^(lanes6Mixed & 32'hec1a9d91)) ^ (^(data[47 : 32] & 16'h6122)));
    stateAfter6Bytes[8] = ((^(lanes6Mixed & 32'hd8353b23)) ^ (^(data[47 : 32] & 16'hc245)));
    stateAfter6Bytes[9] = ((^(lanes6Mixed & 32'hb1b53e5d)) ^ (^(data[47 : 32] & 16'h805a)));
    stateAfter6Bytes[10] = ((^(lanes6Mixed & 32'h62b534a0)) ^ (^(data[47 : 32] & 16'h0464)));
    stateAfter6Bytes[11] = ((^(lanes6Mixed & 32'hc56a6940)) ^ (^(data[47 : 32] & 16'h08c8)));
    stateAfter6Bytes[12] = ((^(lanes6Mixed & 32'h8ad4d281)) ^ (^(data[47 : 32] & 16'h1191)));
    stateAfter6Bytes[13] = ((^(lanes6Mixed & 32'h15a9a502)) ^ (^(data[47 : 32] & 16'h2323)));
    stateAfter6Bytes[14] = ((^(lanes6Mixed & 32'h2b534a05)) ^ (^(data[47 : 32] & 16'h4646)));
    stateAfter6Bytes[15] = ((^(lanes6Mixed & 32'h56a6940b)) ^ (^(data[47 : 32] & 16'h8c8c)));
    stateAfter6Bytes[16] = ((^(lanes6Mixed & 32'hac92600c)) ^ (^(data[47 : 32] & 16'h1dc9)));
    stateAfter6Bytes[17] = ((^(lanes6Mixed & 32'h5924c018)) ^ (^(data[47 : 32] & 16'h3b93)));
    stateAfter6Bytes[18] = ((^(lanes6Mixed & 32'hb2498031)) ^ (^(data[47 : 32] & 16'h7726)));
    stateAfter6Bytes[19] = ((^(lanes6Mixed & 32'h64930063)) ^ (^(data[47 : 32] & 16'hee4d)));
    stateAfter6Bytes[20] = ((^(lanes6Mixed & 32'hc8f948dd)) ^ (^(data[47 : 32] & 16'hd84b)));
    stateAfter6Bytes[21] = ((^(lanes6Mixed & 32'h902dd9a0)) ^ (^(data[47 : 32] & 16'hb446)));
    stateAfter6Bytes[22] = ((^(lanes6Mixed & 32'h2184fb5b)) ^ (^(data[47 : 32] & 16'h6c5c)));
    stateAfter6Bytes[23] = ((^(lanes6Mixed & 32'h4309f6b6)) ^ (^(data[47 : 32] & 16'hd8b8)));
    stateAfter6Bytes[24] = ((^(lanes6Mixed & 32'h87cca577)) ^ (^(data[47 : 32] & 16'hb5a1)));
    stateAfter6Bytes[25] = ((^(lanes6Mixed & 32'h0e4602f5)) ^ (^(data[47 : 32] & 16'h6f92)));
    stateAfter6Bytes[26] = ((^(lanes6Mixed & 32'h1c8c05ea)) ^ (^(data[47 : 32] & 16'hdf24)));
    stateAfter6Bytes[27] = ((^(lanes6Mixed & 32'h38c743cf)) ^ (^(data[47 : 32] & 16'hba99)));
    stateAfter6Bytes[28] = ((^(lanes6Mixed & 32'h7051cf84)) ^ (^(data[47 : 32] & 16'h71e3)));
    stateAfter6Bytes[29] = ((^(lanes6Mixed & 32'he0a39f08)) ^ (^(data[47 : 32] & 16'he3c6)));
    stateAfter6Bytes[30] = ((^(lanes6Mixed & 32'hc098760b)) ^ (^(data[47 : 32] & 16'hc35c)));
    stateAfter6Bytes[31] = ((^(lanes6Mixed & 32'h80efa40d)) ^ (^(data[47 : 32] & 16'h8268)));
  end

  assign lanes7Mixed = (startState ^ data[31 : 0]);
  always @(*) begin
    stateAfter7Bytes[0] = ((^(lanes7Mixed & 32'hdf481b4e)) ^ (^(data[55 : 32] & 24'h04d101)));
    stateAfter7Bytes[1] = ((^(lanes7Mixed & 32'hbe90369c)) ^ (^(data[55 : 32] & 24'h09a203)));
    stateAfter7Bytes[2] = ((^(lanes7Mixed & 32'h7d206d39)) ^ (^(data[55 : 32] & 24'h134407)));
    stateAfter7Bytes[3] = ((^(lanes7Mixed & 32'hfa40da72)) ^ (^(data[55 : 32] & 24'h26880e)));
    stateAfter7Bytes[4] = ((^(lanes7Mixed & 32'hf481b4e5)) ^ (^(data[55 : 32] & 24'h4d101d)));
    stateAfter7Bytes[5] = ((^(lanes7Mixed & 32'he90369cb)) ^ (^(data[55 : 32] & 24'h9a203b)));
    stateAfter7Bytes[6] = ((^(lanes7Mixed & 32'h0d4ec8d8)) ^ (^(data[55 : 32] & 24'h309176)));
    stateAfter7Bytes[7] = ((^(lanes7Mixed & 32'h1a9d91b1)) ^ (^(data[55 : 32] & 24'h6122ec)));
    stateAfter7Bytes[8] = ((^(lanes7Mixed & 32'h353b2363)) ^ (^(data[55 : 32] & 24'hc245d8)));
    stateAfter7Bytes[9] = ((^(lanes7Mixed & 32'hb53e5d89)) ^ (^(data[55 : 32] & 24'h805ab1)));
    stateAfter7Bytes[10] = ((^(lanes7Mixed & 32'hb534a05c)) ^ (^(data[55 : 32] & 24'h046462)));
    stateAfter7Bytes[11] = ((^(lanes7Mixed & 32'h6a6940b9)) ^ (^(data[55 : 32] & 24'h08c8c5)));
    stateAfter7Bytes[12] = ((^(lanes7Mixed & 32'hd4d28172)) ^ (^(data[55 : 32] & 24'h11918a)));
    stateAfter7Bytes[13] = ((^(lanes7Mixed & 32'ha9a502e4)) ^ (^(data[55 : 32] & 24'h232315)));
    stateAfter7Bytes[14] = ((^(lanes7Mixed & 32'h534a05c8)) ^ (^(data[55 : 32] & 24'h46462b)));
    stateAfter7Bytes[15] = ((^(lanes7Mixed & 32'ha6940b90)) ^ (^(data[55 : 32] & 24'h8c8c56)));
    stateAfter7Bytes[16] = ((^(lanes7Mixed & 32'h92600c6f)) ^ (^(data[55 : 32] & 24'h1dc9ac)));
    stateAfter7Bytes[17] = ((^(lanes7Mixed & 32'h24c018df)) ^ (^(data[55 : 32] & 24'h3b9359)));
    stateAfter7Bytes[18] = ((^(lanes7Mixed & 32'h498031bf)) ^ (^(data[55 : 32] & 24'h7726b2)));
    stateAfter7Bytes[19] = ((^(lanes7Mixed & 32'h9300637e)) ^ (^(data[55 : 32] & 24'hee4d64)));
    stateAfter7Bytes[20] = ((^(lanes7Mixed & 32'hf948ddb3)) ^ (^(data[55 : 32] & 24'hd84bc8)));
    stateAfter7Bytes[21] = ((^(lanes7Mixed & 32'h2dd9a029)) ^ (^(data[55 : 32] & 24'hb44690)));
    stateAfter7Bytes[22] = ((^(lanes7Mixed & 32'h84fb5b1d)) ^ (^(data[55 : 32] & 24'h6c5c21)));
    stateAfter7Bytes[23] = ((^(lanes7Mixed & 32'h09f6b63a)) ^ (^(data[55 : 32] & 24'hd8b843)));
    stateAfter7Bytes[24] = ((^(lanes7Mixed & 32'hcca5773a)) ^ (^(data[55 : 32] & 24'hb5a187)));
    stateAfter7Bytes[25] = ((^(lanes7Mixed & 32'h4602f53b)) ^ (^(data[55 : 32] & 24'h6f920e)));
    stateAfter7Bytes[26] = ((^(lanes7Mixed & 32'h8c05ea77)) ^ (^(data[55 : 32] & 24'hdf241c)));
    stateAfter7Bytes[27] = ((^(lanes7Mixed & 32'hc743cfa0)) ^ (^(data[55 : 32] & 24'hba9938)));
    stateAfter7Bytes[28] = ((^(lanes7Mixed & 32'h51cf840e)) ^ (^(data[55 : 32] & 24'h71e370)));
    stateAfter7Bytes[29] = ((^(lanes7Mixed & 32'ha39f081d)) ^ (^(data[55 : 32] & 24'he3c6e0)));
    stateAfter7Bytes[30] = ((^(lanes7Mixed & 32'h98760b74)) ^ (^(data[55 : 32] & 24'hc35cc0)));
    stateAfter7Bytes[31] = ((^(lanes7Mixed & 32'hefa40da7)) ^ (^(data[55 : 32] & 24'h826880)));
  end

  assign lanes8Mixed = (startState ^ data[31 : 0]);
  always @(*) begin
    stateAfter8Bytes[0] = ((^(lanes8Mixed & 32'h481b4e5a)) ^ (^(data[63 : 32] & 32'h04d101df)));
    stateAfter8Bytes[1] = ((^(lanes8Mixed & 32'h90369cb5)) ^ (^(data[63 : 32] & 32'h09a203be)));
    stateAfter8Bytes[2] = ((^(lanes8Mixed & 32'h206d396b)) ^ (^(data[63 : 32] & 32'h1344077d)));
    stateAfter8Bytes[3] = ((^(lanes8Mixed & 32'h40da72d7)) ^ (^(data[63 : 32] & 32'h26880efa)));
    stateAfter8Bytes[4] = ((^(lanes8Mixed & 32'h81b4e5af)) ^ (^(data[63 : 32] & 32'h4d101df4)));
    stateAfter8Bytes[5] = ((^(lanes8Mixed & 32'h0369cb5e)) ^ (^(data[63 : 32] & 32'h9a203be9)));
    stateAfter8Bytes[6] = ((^(lanes8Mixed & 32'h4ec8d8e6)) ^ (^(data[63 : 32] & 32'h3091760d)));
    stateAfter8Bytes[7] = ((^(lanes8Mixed & 32'h9d91b1cd)) ^ (^(data[63 : 32] & 32'h6122ec1a)));
    stateAfter8Bytes[8] = ((^(lanes8Mixed & 32'h3b23639a)) ^ (^(data[63 : 32] & 32'hc245d835)));
    stateAfter8Bytes[9] = ((^(lanes8Mixed & 32'h3e5d896e)) ^ (^(data[63 : 32] & 32'h805ab1b5)));
    stateAfter8Bytes[10] = ((^(lanes8Mixed & 32'h34a05c86)) ^ (^(data[63 : 32] & 32'h046462b5)));
    stateAfter8Bytes[11] = ((^(lanes8Mixed & 32'h6940b90c)) ^ (^(data[63 : 32] & 32'h08c8c56a)));
    stateAfter8Bytes[12] = ((^(lanes8Mixed & 32'hd2817218)) ^ (^(data[63 : 32] & 32'h11918ad4)));
    stateAfter8Bytes[13] = ((^(lanes8Mixed & 32'ha502e430)) ^ (^(data[63 : 32] & 32'h232315a9)));
    stateAfter8Bytes[14] = ((^(lanes8Mixed & 32'h4a05c860)) ^ (^(data[63 : 32] & 32'h46462b53)));
    stateAfter8Bytes[15] = ((^(lanes8Mixed & 32'h940b90c0)) ^ (^(data[63 : 32] & 32'h8c8c56a6)));
    stateAfter8Bytes[16] = ((^(lanes8Mixed & 32'h600c6fda)) ^ (^(data[63 : 32] & 32'h1dc9ac92)));
    stateAfter8Bytes[17] = ((^(lanes8Mixed & 32'hc018dfb5)) ^ (^(data[63 : 32] & 32'h3b935924)));
    stateAfter8Bytes[18] = ((^(lanes8Mixed & 32'h8031bf6a)) ^ (^(data[63 : 32] & 32'h7726b249)));
    stateAfter8Bytes[19] = ((^(lanes8Mixed & 32'h00637ed5)) ^ (^(data[63 : 32] & 32'hee4d6493)));
    stateAfter8Bytes[20] = ((^(lanes8Mixed & 32'h48ddb3f0)) ^ (^(data[63 : 32] & 32'hd84bc8f9)));
    stateAfter8Bytes[21] = ((^(lanes8Mixed & 32'hd9a029bb)) ^ (^(data[63 : 32] & 32'hb446902d)));
    stateAfter8Bytes[22] = ((^(lanes8Mixed & 32'hfb5b1d2c)) ^ (^(data[63 : 32] & 32'h6c5c2184)));
    stateAfter8Bytes[23] = ((^(lanes8Mixed & 32'hf6b63a59)) ^ (^(data[63 : 32] & 32'hd8b84309)));
    stateAfter8Bytes[24] = ((^(lanes8Mixed & 32'ha5773ae8)) ^ (^(data[63 : 32] & 32'hb5a187cc)));
    stateAfter8Bytes[25] = ((^(lanes8Mixed & 32'h02f53b8a)) ^ (^(data[63 : 32] & 32'h6f920e46)));
    stateAfter8Bytes[26] = ((^(lanes8Mixed & 32'h05ea7715)) ^ (^(data[63 : 32] & 32'hdf241c8c)));
    stateAfter8Bytes[27] = ((^(lanes8Mixed & 32'h43cfa071)) ^ (^(data[63 : 32] & 32'hba9938c7)));
    stateAfter8Bytes[28] = ((^(lanes8Mixed & 32'hcf840eb8)) ^ (^(data[63 : 32] & 32'h71e37051)));
    stateAfter8Bytes[29] = ((^(lanes8Mixed & 32'h9f081d70)) ^ (^(data[63 : 32] & 32'he3c6e0a3)));
    stateAfter8Bytes[30] = ((^(lanes8Mixed & 32'h760b74bb)) ^ (^(data[63 : 32] & 32'hc35cc098)));
    stateAfter8Bytes[31] = ((^(lanes8Mixed & 32'ha40da72d)) ^ (^(data[63 : 32] & 32'h826880ef)));
  end

  assign noLaneEnabled = (byteEnable == 8'h0);
  assign first1LaneEnabled = (byteEnable == 8'h01);
  assign first2LanesEnabled = (byteEnable == 8'h03);
  assign first3LanesEnabled = (byteEnable == 8'h07);
  assign first4LanesEnabled = (byteEnable == 8'h0f);
  assign first5LanesEnabled = (byteEnable == 8'h1f);
  assign first6LanesEnabled = (byteEnable == 8'h3f);
  assign first7LanesEnabled = (byteEnable == 8'h7f);
  assign first8LanesEnabled = (byteEnable == 8'hff);
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
            if(first2LanesEnabled) begin
              state <= stateAfter2Bytes;
            end else begin
              if(first3LanesEnabled) begin
                state <= stateAfter3Bytes;
              end else begin
                if(first4LanesEnabled) begin
                  state <= stateAfter4Bytes;
                end else begin
                  if(first5LanesEnabled) begin
                    state <= stateAfter5Bytes;
                  end else begin
                    if(first6LanesEnabled) begin
                      state <= stateAfter6Bytes;
                    end else begin
                      if(first7LanesEnabled) begin
                        state <= stateAfter7Bytes;
                      end else begin
                        if(first8LanesEnabled) begin
                          state <= stateAfter8Bytes;
                        end else begin
                          enableErrorSticky <= 1'b1;
                        end
                      end
                    end
                  end
                end
              end
            end
          end
        end
      end
    end
  end


endmodule
