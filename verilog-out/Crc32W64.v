// Generator : SpinalHDL v1.14.2    git head : 78f29dc66110fc099a777992b6daa2f803ab445e
// Component : Crc32W64
// Git hash  : 31bbd2ce252b74e7b1a08081055f5cdeda0ec737

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

  wire       [31:0]   _zz_lanes1Step0Mixed;
  wire       [7:0]    _zz_lanes1Step0Mixed_1;
  wire       [31:0]   _zz_lanes2Step0Mixed;
  wire       [15:0]   _zz_lanes2Step0Mixed_1;
  wire       [31:0]   _zz_lanes3Step0Mixed;
  wire       [23:0]   _zz_lanes3Step0Mixed_1;
  wire       [31:0]   _zz_lanes5Step1Mixed_1;
  wire       [7:0]    _zz_lanes5Step1Mixed_2;
  wire       [31:0]   _zz_lanes6Step1Mixed_1;
  wire       [15:0]   _zz_lanes6Step1Mixed_2;
  wire       [31:0]   _zz_lanes7Step1Mixed_1;
  wire       [23:0]   _zz_lanes7Step1Mixed_2;
  reg        [31:0]   state;
  reg                 enableErrorSticky;
  wire       [31:0]   startState;
  wire       [31:0]   lanes1Step0Mixed;
  reg        [31:0]   stateAfter1Byte;
  wire       [31:0]   lanes2Step0Mixed;
  reg        [31:0]   stateAfter2Bytes;
  wire       [31:0]   lanes3Step0Mixed;
  reg        [31:0]   stateAfter3Bytes;
  wire       [31:0]   lanes4Step0Mixed;
  reg        [31:0]   stateAfter4Bytes;
  wire       [31:0]   lanes5Step0Mixed;
  reg        [31:0]   _zz_lanes5Step1Mixed;
  wire       [31:0]   lanes5Step1Mixed;
  reg        [31:0]   stateAfter5Bytes;
  wire       [31:0]   lanes6Step0Mixed;
  reg        [31:0]   _zz_lanes6Step1Mixed;
  wire       [31:0]   lanes6Step1Mixed;
  reg        [31:0]   stateAfter6Bytes;
  wire       [31:0]   lanes7Step0Mixed;
  reg        [31:0]   _zz_lanes7Step1Mixed;
  wire       [31:0]   lanes7Step1Mixed;
  reg        [31:0]   stateAfter7Bytes;
  wire       [31:0]   lanes8Step0Mixed;
  reg        [31:0]   _zz_lanes8Step1Mixed;
  wire       [31:0]   lanes8Step1Mixed;
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

  assign _zz_lanes1Step0Mixed_1 = data[7 : 0];
  assign _zz_lanes1Step0Mixed = {24'd0, _zz_lanes1Step0Mixed_1};
  assign _zz_lanes2Step0Mixed_1 = data[15 : 0];
  assign _zz_lanes2Step0Mixed = {16'd0, _zz_lanes2Step0Mixed_1};
  assign _zz_lanes3Step0Mixed_1 = data[23 : 0];
  assign _zz_lanes3Step0Mixed = {8'd0, _zz_lanes3Step0Mixed_1};
  assign _zz_lanes5Step1Mixed_2 = data[39 : 32];
  assign _zz_lanes5Step1Mixed_1 = {24'd0, _zz_lanes5Step1Mixed_2};
  assign _zz_lanes6Step1Mixed_2 = data[47 : 32];
  assign _zz_lanes6Step1Mixed_1 = {16'd0, _zz_lanes6Step1Mixed_2};
  assign _zz_lanes7Step1Mixed_2 = data[55 : 32];
  assign _zz_lanes7Step1Mixed_1 = {8'd0, _zz_lanes7Step1Mixed_2};
  assign startState = (clear ? 32'hffffffff : state);
  assign lanes1Step0Mixed = (startState ^ _zz_lanes1Step0Mixed);
  always @(*) begin
    stateAfter1Byte[0] = (^(lanes1Step0Mixed & 32'h00000104));
    stateAfter1Byte[1] = (^(lanes1Step0Mixed & 32'h00000209));
    stateAfter1Byte[2] = (^(lanes1Step0Mixed & 32'h00000413));
    stateAfter1Byte[3] = (^(lanes1Step0Mixed & 32'h00000826));
    stateAfter1Byte[4] = (^(lanes1Step0Mixed & 32'h0000104d));
    stateAfter1Byte[5] = (^(lanes1Step0Mixed & 32'h0000209a));
    stateAfter1Byte[6] = (^(lanes1Step0Mixed & 32'h00004030));
    stateAfter1Byte[7] = (^(lanes1Step0Mixed & 32'h00008061));
    stateAfter1Byte[8] = (^(lanes1Step0Mixed & 32'h000100c2));
    stateAfter1Byte[9] = (^(lanes1Step0Mixed & 32'h00020080));
    stateAfter1Byte[10] = (^(lanes1Step0Mixed & 32'h00040004));
    stateAfter1Byte[11] = (^(lanes1Step0Mixed & 32'h00080008));
    stateAfter1Byte[12] = (^(lanes1Step0Mixed & 32'h00100011));
    stateAfter1Byte[13] = (^(lanes1Step0Mixed & 32'h00200023));
    stateAfter1Byte[14] = (^(lanes1Step0Mixed & 32'h00400046));
    stateAfter1Byte[15] = (^(lanes1Step0Mixed & 32'h0080008c));
    stateAfter1Byte[16] = (^(lanes1Step0Mixed & 32'h0100001d));
    stateAfter1Byte[17] = (^(lanes1Step0Mixed & 32'h0200003b));
    stateAfter1Byte[18] = (^(lanes1Step0Mixed & 32'h04000077));
    stateAfter1Byte[19] = (^(lanes1Step0Mixed & 32'h080000ee));
    stateAfter1Byte[20] = (^(lanes1Step0Mixed & 32'h100000d8));
    stateAfter1Byte[21] = (^(lanes1Step0Mixed & 32'h200000b4));
    stateAfter1Byte[22] = (^(lanes1Step0Mixed & 32'h4000006c));
    stateAfter1Byte[23] = (^(lanes1Step0Mixed & 32'h800000d8));
    stateAfter1Byte[24] = (^(lanes1Step0Mixed & 32'h000000b5));
    stateAfter1Byte[25] = (^(lanes1Step0Mixed & 32'h0000006f));
    stateAfter1Byte[26] = (^(lanes1Step0Mixed & 32'h000000df));
    stateAfter1Byte[27] = (^(lanes1Step0Mixed & 32'h000000ba));
    stateAfter1Byte[28] = (^(lanes1Step0Mixed & 32'h00000071));
    stateAfter1Byte[29] = (^(lanes1Step0Mixed & 32'h000000e3));
    stateAfter1Byte[30] = (^(lanes1Step0Mixed & 32'h000000c3));
    stateAfter1Byte[31] = (^(lanes1Step0Mixed & 32'h00000082));
  end

  assign lanes2Step0Mixed = (startState ^ _zz_lanes2Step0Mixed);
  always @(*) begin
    stateAfter2Bytes[0] = (^(lanes2Step0Mixed & 32'h000104d1));
    stateAfter2Bytes[1] = (^(lanes2Step0Mixed & 32'h000209a2));
    stateAfter2Bytes[2] = (^(lanes2Step0Mixed & 32'h00041344));
    stateAfter2Bytes[3] = (^(lanes2Step0Mixed & 32'h00082688));
    stateAfter2Bytes[4] = (^(lanes2Step0Mixed & 32'h00104d10));
    stateAfter2Bytes[5] = (^(lanes2Step0Mixed & 32'h00209a20));
    stateAfter2Bytes[6] = (^(lanes2Step0Mixed & 32'h00403091));
    stateAfter2Bytes[7] = (^(lanes2Step0Mixed & 32'h00806122));
    stateAfter2Bytes[8] = (^(lanes2Step0Mixed & 32'h0100c245));
    stateAfter2Bytes[9] = (^(lanes2Step0Mixed & 32'h0200805a));
    stateAfter2Bytes[10] = (^(lanes2Step0Mixed & 32'h04000464));
    stateAfter2Bytes[11] = (^(lanes2Step0Mixed & 32'h080008c8));
    stateAfter2Bytes[12] = (^(lanes2Step0Mixed & 32'h10001191));
    stateAfter2Bytes[13] = (^(lanes2Step0Mixed & 32'h20002323));
    stateAfter2Bytes[14] = (^(lanes2Step0Mixed & 32'h40004646));
    stateAfter2Bytes[15] = (^(lanes2Step0Mixed & 32'h80008c8c));
    stateAfter2Bytes[16] = (^(lanes2Step0Mixed & 32'h00001dc9));
    stateAfter2Bytes[17] = (^(lanes2Step0Mixed & 32'h00003b93));
    stateAfter2Bytes[18] = (^(lanes2Step0Mixed & 32'h00007726));
    stateAfter2Bytes[19] = (^(lanes2Step0Mixed & 32'h0000ee4d));
    stateAfter2Bytes[20] = (^(lanes2Step0Mixed & 32'h0000d84b));
    stateAfter2Bytes[21] = (^(lanes2Step0Mixed & 32'h0000b446));
    stateAfter2Bytes[22] = (^(lanes2Step0Mixed & 32'h00006c5c));
    stateAfter2Bytes[23] = (^(lanes2Step0Mixed & 32'h0000d8b8));
    stateAfter2Bytes[24] = (^(lanes2Step0Mixed & 32'h0000b5a1));
    stateAfter2Bytes[25] = (^(lanes2Step0Mixed & 32'h00006f92));
    stateAfter2Bytes[26] = (^(lanes2Step0Mixed & 32'h0000df24));
    stateAfter2Bytes[27] = (^(lanes2Step0Mixed & 32'h0000ba99));
    stateAfter2Bytes[28] = (^(lanes2Step0Mixed & 32'h000071e3));
    stateAfter2Bytes[29] = (^(lanes2Step0Mixed & 32'h0000e3c6));
    stateAfter2Bytes[30] = (^(lanes2Step0Mixed & 32'h0000c35c));
    stateAfter2Bytes[31] = (^(lanes2Step0Mixed & 32'h00008268));
  end

  assign lanes3Step0Mixed = (startState ^ _zz_lanes3Step0Mixed);
  always @(*) begin
    stateAfter3Bytes[0] = (^(lanes3Step0Mixed & 32'h0104d101));
    stateAfter3Bytes[1] = (^(lanes3Step0Mixed & 32'h0209a203));
    stateAfter3Bytes[2] = (^(lanes3Step0Mixed & 32'h04134407));
    stateAfter3Bytes[3] = (^(lanes3Step0Mixed & 32'h0826880e));
    stateAfter3Bytes[4] = (^(lanes3Step0Mixed & 32'h104d101d));
    stateAfter3Bytes[5] = (^(lanes3Step0Mixed & 32'h209a203b));
    stateAfter3Bytes[6] = (^(lanes3Step0Mixed & 32'h40309176));
    stateAfter3Bytes[7] = (^(lanes3Step0Mixed & 32'h806122ec));
    stateAfter3Bytes[8] = (^(lanes3Step0Mixed & 32'h00c245d8));
    stateAfter3Bytes[9] = (^(lanes3Step0Mixed & 32'h00805ab1));
    stateAfter3Bytes[10] = (^(lanes3Step0Mixed & 32'h00046462));
    stateAfter3Bytes[11] = (^(lanes3Step0Mixed & 32'h0008c8c5));
    stateAfter3Bytes[12] = (^(lanes3Step0Mixed & 32'h0011918a));
    stateAfter3Bytes[13] = (^(lanes3Step0Mixed & 32'h00232315));
    stateAfter3Bytes[14] = (^(lanes3Step0Mixed & 32'h0046462b));
    stateAfter3Bytes[15] = (^(lanes3Step0Mixed & 32'h008c8c56));
    stateAfter3Bytes[16] = (^(lanes3Step0Mixed & 32'h001dc9ac));
    stateAfter3Bytes[17] = (^(lanes3Step0Mixed & 32'h003b9359));
    stateAfter3Bytes[18] = (^(lanes3Step0Mixed & 32'h007726b2));
    stateAfter3Bytes[19] = (^(lanes3Step0Mixed & 32'h00ee4d64));
    stateAfter3Bytes[20] = (^(lanes3Step0Mixed & 32'h00d84bc8));
    stateAfter3Bytes[21] = (^(lanes3Step0Mixed & 32'h00b44690));
    stateAfter3Bytes[22] = (^(lanes3Step0Mixed & 32'h006c5c21));
    stateAfter3Bytes[23] = (^(lanes3Step0Mixed & 32'h00d8b843));
    stateAfter3Bytes[24] = (^(lanes3Step0Mixed & 32'h00b5a187));
    stateAfter3Bytes[25] = (^(lanes3Step0Mixed & 32'h006f920e));
    stateAfter3Bytes[26] = (^(lanes3Step0Mixed & 32'h00df241c));
    stateAfter3Bytes[27] = (^(lanes3Step0Mixed & 32'h00ba9938));
    stateAfter3Bytes[28] = (^(lanes3Step0Mixed & 32'h0071e370));
    stateAfter3Bytes[29] = (^(lanes3Step0Mixed & 32'h00e3c6e0));
    stateAfter3Bytes[30] = (^(lanes3Step0Mixed & 32'h00c35cc0));
    stateAfter3Bytes[31] = (^(lanes3Step0Mixed & 32'h00826880));
  end

  assign lanes4Step0Mixed = (startState ^ data[31 : 0]);
  always @(*) begin
    stateAfter4Bytes[0] = (^(lanes4Step0Mixed & 32'h04d101df));
    stateAfter4Bytes[1] = (^(lanes4Step0Mixed & 32'h09a203be));
    stateAfter4Bytes[2] = (^(lanes4Step0Mixed & 32'h1344077d));
    stateAfter4Bytes[3] = (^(lanes4Step0Mixed & 32'h26880efa));
    stateAfter4Bytes[4] = (^(lanes4Step0Mixed & 32'h4d101df4));
    stateAfter4Bytes[5] = (^(lanes4Step0Mixed & 32'h9a203be9));
    stateAfter4Bytes[6] = (^(lanes4Step0Mixed & 32'h3091760d));
    stateAfter4Bytes[7] = (^(lanes4Step0Mixed & 32'h6122ec1a));
    stateAfter4Bytes[8] = (^(lanes4Step0Mixed & 32'hc245d835));
    stateAfter4Bytes[9] = (^(lanes4Step0Mixed & 32'h805ab1b5));
    stateAfter4Bytes[10] = (^(lanes4Step0Mixed & 32'h046462b5));
    stateAfter4Bytes[11] = (^(lanes4Step0Mixed & 32'h08c8c56a));
    stateAfter4Bytes[12] = (^(lanes4Step0Mixed & 32'h11918ad4));
    stateAfter4Bytes[13] = (^(lanes4Step0Mixed & 32'h232315a9));
    stateAfter4Bytes[14] = (^(lanes4Step0Mixed & 32'h46462b53));
    stateAfter4Bytes[15] = (^(lanes4Step0Mixed & 32'h8c8c56a6));
    stateAfter4Bytes[16] = (^(lanes4Step0Mixed & 32'h1dc9ac92));
    stateAfter4Bytes[17] = (^(lanes4Step0Mixed & 32'h3b935924));
    stateAfter4Bytes[18] = (^(lanes4Step0Mixed & 32'h7726b249));
    stateAfter4Bytes[19] = (^(lanes4Step0Mixed & 32'hee4d6493));
    stateAfter4Bytes[20] = (^(lanes4Step0Mixed & 32'hd84bc8f9));
    stateAfter4Bytes[21] = (^(lanes4Step0Mixed & 32'hb446902d));
    stateAfter4Bytes[22] = (^(lanes4Step0Mixed & 32'h6c5c2184));
    stateAfter4Bytes[23] = (^(lanes4Step0Mixed & 32'hd8b84309));
    stateAfter4Bytes[24] = (^(lanes4Step0Mixed & 32'hb5a187cc));
    stateAfter4Bytes[25] = (^(lanes4Step0Mixed & 32'h6f920e46));
    stateAfter4Bytes[26] = (^(lanes4Step0Mixed & 32'hdf241c8c));
    stateAfter4Bytes[27] = (^(lanes4Step0Mixed & 32'hba9938c7));
    stateAfter4Bytes[28] = (^(lanes4Step0Mixed & 32'h71e37051));
    stateAfter4Bytes[29] = (^(lanes4Step0Mixed & 32'he3c6e0a3));
    stateAfter4Bytes[30] = (^(lanes4Step0Mixed & 32'hc35cc098));
    stateAfter4Bytes[31] = (^(lanes4Step0Mixed & 32'h826880ef));
  end

  assign lanes5Step0Mixed = (startState ^ data[31 : 0]);
  always @(*) begin
    _zz_lanes5Step1Mixed[0] = (^(lanes5Step0Mixed & 32'h04d101df));
    _zz_lanes5Step1Mixed[1] = (^(lanes5Step0Mixed & 32'h09a203be));
    _zz_lanes5Step1Mixed[2] = (^(lanes5Step0Mixed & 32'h1344077d));
    _zz_lanes5Step1Mixed[3] = (^(lanes5Step0Mixed & 32'h26880efa));
    _zz_lanes5Step1Mixed[4] = (^(lanes5Step0Mixed & 32'h4d101df4));
    _zz_lanes5Step1Mixed[5] = (^(lanes5Step0Mixed & 32'h9a203be9));
    _zz_lanes5Step1Mixed[6] = (^(lanes5Step0Mixed & 32'h3091760d));
    _zz_lanes5Step1Mixed[7] = (^(lanes5Step0Mixed & 32'h6122ec1a));
    _zz_lanes5Step1Mixed[8] = (^(lanes5Step0Mixed & 32'hc245d835));
    _zz_lanes5Step1Mixed[9] = (^(lanes5Step0Mixed & 32'h805ab1b5));
    _zz_lanes5Step1Mixed[10] = (^(lanes5Step0Mixed & 32'h046462b5));
    _zz_lanes5Step1Mixed[11] = (^(lanes5Step0Mixed & 32'h08c8c56a));
    _zz_lanes5Step1Mixed[12] = (^(lanes5Step0Mixed & 32'h11918ad4));
    _zz_lanes5Step1Mixed[13] = (^(lanes5Step0Mixed & 32'h232315a9));
    _zz_lanes5Step1Mixed[14] = (^(lanes5Step0Mixed & 32'h46462b53));
    _zz_lanes5Step1Mixed[15] = (^(lanes5Step0Mixed & 32'h8c8c56a6));
    _zz_lanes5Step1Mixed[16] = (^(lanes5Step0Mixed & 32'h1dc9ac92));
    _zz_lanes5Step1Mixed[17] = (^(lanes5Step0Mixed & 32'h3b935924));
    _zz_lanes5Step1Mixed[18] = (^(lanes5Step0Mixed & 32'h7726b249));
    _zz_lanes5Step1Mixed[19] = (^(lanes5Step0Mixed & 32'hee4d6493));
    _zz_lanes5Step1Mixed[20] = (^(lanes5Step0Mixed & 32'hd84bc8f9));
    _zz_lanes5Step1Mixed[21] = (^(lanes5Step0Mixed & 32'hb446902d));
    _zz_lanes5Step1Mixed[22] = (^(lanes5Step0Mixed & 32'h6c5c2184));
    _zz_lanes5Step1Mixed[23] = (^(lanes5Step0Mixed & 32'hd8b84309));
    _zz_lanes5Step1Mixed[24] = (^(lanes5Step0Mixed & 32'hb5a187cc));
    _zz_lanes5Step1Mixed[25] = (^(lanes5Step0Mixed & 32'h6f920e46));
    _zz_lanes5Step1Mixed[26] = (^(lanes5Step0Mixed & 32'hdf241c8c));
    _zz_lanes5Step1Mixed[27] = (^(lanes5Step0Mixed & 32'hba9938c7));
    _zz_lanes5Step1Mixed[28] = (^(lanes5Step0Mixed & 32'h71e37051));
    _zz_lanes5Step1Mixed[29] = (^(lanes5Step0Mixed & 32'he3c6e0a3));
    _zz_lanes5Step1Mixed[30] = (^(lanes5Step0Mixed & 32'hc35cc098));
    _zz_lanes5Step1Mixed[31] = (^(lanes5Step0Mixed & 32'h826880ef));
  end

  assign lanes5Step1Mixed = (_zz_lanes5Step1Mixed ^ _zz_lanes5Step1Mixed_1);
  always @(*) begin
    stateAfter5Bytes[0] = (^(lanes5Step1Mixed & 32'h00000104));
    stateAfter5Bytes[1] = (^(lanes5Step1Mixed & 32'h00000209));
    stateAfter5Bytes[2] = (^(lanes5Step1Mixed & 32'h00000413));
    stateAfter5Bytes[3] = (^(lanes5Step1Mixed & 32'h00000826));
    stateAfter5Bytes[4] = (^(lanes5Step1Mixed & 32'h0000104d));
    stateAfter5Bytes[5] = (^(lanes5Step1Mixed & 32'h0000209a));
    stateAfter5Bytes[6] = (^(lanes5Step1Mixed & 32'h00004030));
    stateAfter5Bytes[7] = (^(lanes5Step1Mixed & 32'h00008061));
    stateAfter5Bytes[8] = (^(lanes5Step1Mixed & 32'h000100c2));
    stateAfter5Bytes[9] = (^(lanes5Step1Mixed & 32'h00020080));
    stateAfter5Bytes[10] = (^(lanes5Step1Mixed & 32'h00040004));
    stateAfter5Bytes[11] = (^(lanes5Step1Mixed & 32'h00080008));
    stateAfter5Bytes[12] = (^(lanes5Step1Mixed & 32'h00100011));
    stateAfter5Bytes[13] = (^(lanes5Step1Mixed & 32'h00200023));
    stateAfter5Bytes[14] = (^(lanes5Step1Mixed & 32'h00400046));
    stateAfter5Bytes[15] = (^(lanes5Step1Mixed & 32'h0080008c));
    stateAfter5Bytes[16] = (^(lanes5Step1Mixed & 32'h0100001d));
    stateAfter5Bytes[17] = (^(lanes5Step1Mixed & 32'h0200003b));
    stateAfter5Bytes[18] = (^(lanes5Step1Mixed & 32'h04000077));
    stateAfter5Bytes[19] = (^(lanes5Step1Mixed & 32'h080000ee));
    stateAfter5Bytes[20] = (^(lanes5Step1Mixed & 32'h100000d8));
    stateAfter5Bytes[21] = (^(lanes5Step1Mixed & 32'h200000b4));
    stateAfter5Bytes[22] = (^(lanes5Step1Mixed & 32'h4000006c));
    stateAfter5Bytes[23] = (^(lanes5Step1Mixed & 32'h800000d8));
    stateAfter5Bytes[24] = (^(lanes5Step1Mixed & 32'h000000b5));
    stateAfter5Bytes[25] = (^(lanes5Step1Mixed & 32'h0000006f));
    stateAfter5Bytes[26] = (^(lanes5Step1Mixed & 32'h000000df));
    stateAfter5Bytes[27] = (^(lanes5Step1Mixed & 32'h000000ba));
    stateAfter5Bytes[28] = (^(lanes5Step1Mixed & 32'h00000071));
    stateAfter5Bytes[29] = (^(lanes5Step1Mixed & 32'h000000e3));
    stateAfter5Bytes[30] = (^(lanes5Step1Mixed & 32'h000000c3));
    stateAfter5Bytes[31] = (^(lanes5Step1Mixed & 32'h00000082));
  end

  assign lanes6Step0Mixed = (startState ^ data[31 : 0]);
  always @(*) begin
    _zz_lanes6Step1Mixed[0] = (^(lanes6Step0Mixed & 32'h04d101df));
    _zz_lanes6Step1Mixed[1] = (^(lanes6Step0Mixed & 32'h09a203be));
    _zz_lanes6Step1Mixed[2] = (^(lanes6Step0Mixed & 32'h1344077d));
    _zz_lanes6Step1Mixed[3] = (^(lanes6Step0Mixed & 32'h26880efa));
    _zz_lanes6Step1Mixed[4] = (^(lanes6Step0Mixed & 32'h4d101df4));
    _zz_lanes6Step1Mixed[5] = (^(lanes6Step0Mixed & 32'h9a203be9));
    _zz_lanes6Step1Mixed[6] = (^(lanes6Step0Mixed & 32'h3091760d));
    _zz_lanes6Step1Mixed[7] = (^(lanes6Step0Mixed & 32'h6122ec1a));
    _zz_lanes6Step1Mixed[8] = (^(lanes6Step0Mixed & 32'hc245d835));
    _zz_lanes6Step1Mixed[9] = (^(lanes6Step0Mixed & 32'h805ab1b5));
    _zz_lanes6Step1Mixed[10] = (^(lanes6Step0Mixed & 32'h046462b5));
    _zz_lanes6Step1Mixed[11] = (^(lanes6Step0Mixed & 32'h08c8c56a));
    _zz_lanes6Step1Mixed[12] = (^(lanes6Step0Mixed & 32'h11918ad4));
    _zz_lanes6Step1Mixed[13] = (^(lanes6Step0Mixed & 32'h232315a9));
    _zz_lanes6Step1Mixed[14] = (^(lanes6Step0Mixed & 32'h46462b53));
    _zz_lanes6Step1Mixed[15] = (^(lanes6Step0Mixed & 32'h8c8c56a6));
    _zz_lanes6Step1Mixed[16] = (^(lanes6Step0Mixed & 32'h1dc9ac92));
    _zz_lanes6Step1Mixed[17] = (^(lanes6Step0Mixed & 32'h3b935924));
    _zz_lanes6Step1Mixed[18] = (^(lanes6Step0Mixed & 32'h7726b249));
    _zz_lanes6Step1Mixed[19] = (^(lanes6Step0Mixed & 32'hee4d6493));
    _zz_lanes6Step1Mixed[20] = (^(lanes6Step0Mixed & 32'hd84bc8f9));
    _zz_lanes6Step1Mixed[21] = (^(lanes6Step0Mixed & 32'hb446902d));
    _zz_lanes6Step1Mixed[22] = (^(lanes6Step0Mixed & 32'h6c5c2184));
    _zz_lanes6Step1Mixed[23] = (^(lanes6Step0Mixed & 32'hd8b84309));
    _zz_lanes6Step1Mixed[24] = (^(lanes6Step0Mixed & 32'hb5a187cc));
    _zz_lanes6Step1Mixed[25] = (^(lanes6Step0Mixed & 32'h6f920e46));
    _zz_lanes6Step1Mixed[26] = (^(lanes6Step0Mixed & 32'hdf241c8c));
    _zz_lanes6Step1Mixed[27] = (^(lanes6Step0Mixed & 32'hba9938c7));
    _zz_lanes6Step1Mixed[28] = (^(lanes6Step0Mixed & 32'h71e37051));
    _zz_lanes6Step1Mixed[29] = (^(lanes6Step0Mixed & 32'he3c6e0a3));
    _zz_lanes6Step1Mixed[30] = (^(lanes6Step0Mixed & 32'hc35cc098));
    _zz_lanes6Step1Mixed[31] = (^(lanes6Step0Mixed & 32'h826880ef));
  end

  assign lanes6Step1Mixed = (_zz_lanes6Step1Mixed ^ _zz_lanes6Step1Mixed_1);
  always @(*) begin
    stateAfter6Bytes[0] = (^(lanes6Step1Mixed & 32'h000104d1));
    stateAfter6Bytes[1] = (^(lanes6Step1Mixed & 32'h000209a2));
    stateAfter6Bytes[2] = (^(lanes6Step1Mixed & 32'h00041344));
    stateAfter6Bytes[3] = (^(lanes6Step1Mixed & 32'h00082688));
    stateAfter6Bytes[4] = (^(lanes6Step1Mixed & 32'h00104d10));
    stateAfter6Bytes[5] = (^(lanes6Step1Mixed & 32'h00209a20));
    stateAfter6Bytes[6] = (^(lanes6Step1Mixed & 32'h00403091));
    stateAfter6Bytes[7] = (^(lanes6Step1Mixed & 32'h00806122));
    stateAfter6Bytes[8] = (^(lanes6Step1Mixed & 32'h0100c245));
    stateAfter6Bytes[9] = (^(lanes6Step1Mixed & 32'h0200805a));
    stateAfter6Bytes[10] = (^(lanes6Step1Mixed & 32'h04000464));
    stateAfter6Bytes[11] = (^(lanes6Step1Mixed & 32'h080008c8));
    stateAfter6Bytes[12] = (^(lanes6Step1Mixed & 32'h10001191));
    stateAfter6Bytes[13] = (^(lanes6Step1Mixed & 32'h20002323));
    stateAfter6Bytes[14] = (^(lanes6Step1Mixed & 32'h40004646));
    stateAfter6Bytes[15] = (^(lanes6Step1Mixed & 32'h80008c8c));
    stateAfter6Bytes[16] = (^(lanes6Step1Mixed & 32'h00001dc9));
    stateAfter6Bytes[17] = (^(lanes6Step1Mixed & 32'h00003b93));
    stateAfter6Bytes[18] = (^(lanes6Step1Mixed & 32'h00007726));
    stateAfter6Bytes[19] = (^(lanes6Step1Mixed & 32'h0000ee4d));
    stateAfter6Bytes[20] = (^(lanes6Step1Mixed & 32'h0000d84b));
    stateAfter6Bytes[21] = (^(lanes6Step1Mixed & 32'h0000b446));
    stateAfter6Bytes[22] = (^(lanes6Step1Mixed & 32'h00006c5c));
    stateAfter6Bytes[23] = (^(lanes6Step1Mixed & 32'h0000d8b8));
    stateAfter6Bytes[24] = (^(lanes6Step1Mixed & 32'h0000b5a1));
    stateAfter6Bytes[25] = (^(lanes6Step1Mixed & 32'h00006f92));
    stateAfter6Bytes[26] = (^(lanes6Step1Mixed & 32'h0000df24));
    stateAfter6Bytes[27] = (^(lanes6Step1Mixed & 32'h0000ba99));
    stateAfter6Bytes[28] = (^(lanes6Step1Mixed & 32'h000071e3));
    stateAfter6Bytes[29] = (^(lanes6Step1Mixed & 32'h0000e3c6));
    stateAfter6Bytes[30] = (^(lanes6Step1Mixed & 32'h0000c35c));
    stateAfter6Bytes[31] = (^(lanes6Step1Mixed & 32'h00008268));
  end

  assign lanes7Step0Mixed = (startState ^ data[31 : 0]);
  always @(*) begin
    _zz_lanes7Step1Mixed[0] = (^(lanes7Step0Mixed & 32'h04d101df));
    _zz_lanes7Step1Mixed[1] = (^(lanes7Step0Mixed & 32'h09a203be));
    _zz_lanes7Step1Mixed[2] = (^(lanes7Step0Mixed & 32'h1344077d));
    _zz_lanes7Step1Mixed[3] = (^(lanes7Step0Mixed & 32'h26880efa));
    _zz_lanes7Step1Mixed[4] = (^(lanes7Step0Mixed & 32'h4d101df4));
    _zz_lanes7Step1Mixed[5] = (^(lanes7Step0Mixed & 32'h9a203be9));
    _zz_lanes7Step1Mixed[6] = (^(lanes7Step0Mixed & 32'h3091760d));
    _zz_lanes7Step1Mixed[7] = (^(lanes7Step0Mixed & 32'h6122ec1a));
    _zz_lanes7Step1Mixed[8] = (^(lanes7Step0Mixed & 32'hc245d835));
    _zz_lanes7Step1Mixed[9] = (^(lanes7Step0Mixed & 32'h805ab1b5));
    _zz_lanes7Step1Mixed[10] = (^(lanes7Step0Mixed & 32'h046462b5));
    _zz_lanes7Step1Mixed[11] = (^(lanes7Step0Mixed & 32'h08c8c56a));
    _zz_lanes7Step1Mixed[12] = (^(lanes7Step0Mixed & 32'h11918ad4));
    _zz_lanes7Step1Mixed[13] = (^(lanes7Step0Mixed & 32'h232315a9));
    _zz_lanes7Step1Mixed[14] = (^(lanes7Step0Mixed & 32'h46462b53));
    _zz_lanes7Step1Mixed[15] = (^(lanes7Step0Mixed & 32'h8c8c56a6));
    _zz_lanes7Step1Mixed[16] = (^(lanes7Step0Mixed & 32'h1dc9ac92));
    _zz_lanes7Step1Mixed[17] = (^(lanes7Step0Mixed & 32'h3b935924));
    _zz_lanes7Step1Mixed[18] = (^(lanes7Step0Mixed & 32'h7726b249));
    _zz_lanes7Step1Mixed[19] = (^(lanes7Step0Mixed & 32'hee4d6493));
    _zz_lanes7Step1Mixed[20] = (^(lanes7Step0Mixed & 32'hd84bc8f9));
    _zz_lanes7Step1Mixed[21] = (^(lanes7Step0Mixed & 32'hb446902d));
    _zz_lanes7Step1Mixed[22] = (^(lanes7Step0Mixed & 32'h6c5c2184));
    _zz_lanes7Step1Mixed[23] = (^(lanes7Step0Mixed & 32'hd8b84309));
    _zz_lanes7Step1Mixed[24] = (^(lanes7Step0Mixed & 32'hb5a187cc));
    _zz_lanes7Step1Mixed[25] = (^(lanes7Step0Mixed & 32'h6f920e46));
    _zz_lanes7Step1Mixed[26] = (^(lanes7Step0Mixed & 32'hdf241c8c));
    _zz_lanes7Step1Mixed[27] = (^(lanes7Step0Mixed & 32'hba9938c7));
    _zz_lanes7Step1Mixed[28] = (^(lanes7Step0Mixed & 32'h71e37051));
    _zz_lanes7Step1Mixed[29] = (^(lanes7Step0Mixed & 32'he3c6e0a3));
    _zz_lanes7Step1Mixed[30] = (^(lanes7Step0Mixed & 32'hc35cc098));
    _zz_lanes7Step1Mixed[31] = (^(lanes7Step0Mixed & 32'h826880ef));
  end

  assign lanes7Step1Mixed = (_zz_lanes7Step1Mixed ^ _zz_lanes7Step1Mixed_1);
  always @(*) begin
    stateAfter7Bytes[0] = (^(lanes7Step1Mixed & 32'h0104d101));
    stateAfter7Bytes[1] = (^(lanes7Step1Mixed & 32'h0209a203));
    stateAfter7Bytes[2] = (^(lanes7Step1Mixed & 32'h04134407));
    stateAfter7Bytes[3] = (^(lanes7Step1Mixed & 32'h0826880e));
    stateAfter7Bytes[4] = (^(lanes7Step1Mixed & 32'h104d101d));
    stateAfter7Bytes[5] = (^(lanes7Step1Mixed & 32'h209a203b));
    stateAfter7Bytes[6] = (^(lanes7Step1Mixed & 32'h40309176));
    stateAfter7Bytes[7] = (^(lanes7Step1Mixed & 32'h806122ec));
    stateAfter7Bytes[8] = (^(lanes7Step1Mixed & 32'h00c245d8));
    stateAfter7Bytes[9] = (^(lanes7Step1Mixed & 32'h00805ab1));
    stateAfter7Bytes[10] = (^(lanes7Step1Mixed & 32'h00046462));
    stateAfter7Bytes[11] = (^(lanes7Step1Mixed & 32'h0008c8c5));
    stateAfter7Bytes[12] = (^(lanes7Step1Mixed & 32'h0011918a));
    stateAfter7Bytes[13] = (^(lanes7Step1Mixed & 32'h00232315));
    stateAfter7Bytes[14] = (^(lanes7Step1Mixed & 32'h0046462b));
    stateAfter7Bytes[15] = (^(lanes7Step1Mixed & 32'h008c8c56));
    stateAfter7Bytes[16] = (^(lanes7Step1Mixed & 32'h001dc9ac));
    stateAfter7Bytes[17] = (^(lanes7Step1Mixed & 32'h003b9359));
    stateAfter7Bytes[18] = (^(lanes7Step1Mixed & 32'h007726b2));
    stateAfter7Bytes[19] = (^(lanes7Step1Mixed & 32'h00ee4d64));
    stateAfter7Bytes[20] = (^(lanes7Step1Mixed & 32'h00d84bc8));
    stateAfter7Bytes[21] = (^(lanes7Step1Mixed & 32'h00b44690));
    stateAfter7Bytes[22] = (^(lanes7Step1Mixed & 32'h006c5c21));
    stateAfter7Bytes[23] = (^(lanes7Step1Mixed & 32'h00d8b843));
    stateAfter7Bytes[24] = (^(lanes7Step1Mixed & 32'h00b5a187));
    stateAfter7Bytes[25] = (^(lanes7Step1Mixed & 32'h006f920e));
    stateAfter7Bytes[26] = (^(lanes7Step1Mixed & 32'h00df241c));
    stateAfter7Bytes[27] = (^(lanes7Step1Mixed & 32'h00ba9938));
    stateAfter7Bytes[28] = (^(lanes7Step1Mixed & 32'h0071e370));
    stateAfter7Bytes[29] = (^(lanes7Step1Mixed & 32'h00e3c6e0));
    stateAfter7Bytes[30] = (^(lanes7Step1Mixed & 32'h00c35cc0));
    stateAfter7Bytes[31] = (^(lanes7Step1Mixed & 32'h00826880));
  end

  assign lanes8Step0Mixed = (startState ^ data[31 : 0]);
  always @(*) begin
    _zz_lanes8Step1Mixed[0] = (^(lanes8Step0Mixed & 32'h04d101df));
    _zz_lanes8Step1Mixed[1] = (^(lanes8Step0Mixed & 32'h09a203be));
    _zz_lanes8Step1Mixed[2] = (^(lanes8Step0Mixed & 32'h1344077d));
    _zz_lanes8Step1Mixed[3] = (^(lanes8Step0Mixed & 32'h26880efa));
    _zz_lanes8Step1Mixed[4] = (^(lanes8Step0Mixed & 32'h4d101df4));
    _zz_lanes8Step1Mixed[5] = (^(lanes8Step0Mixed & 32'h9a203be9));
    _zz_lanes8Step1Mixed[6] = (^(lanes8Step0Mixed & 32'h3091760d));
    _zz_lanes8Step1Mixed[7] = (^(lanes8Step0Mixed & 32'h6122ec1a));
    _zz_lanes8Step1Mixed[8] = (^(lanes8Step0Mixed & 32'hc245d835));
    _zz_lanes8Step1Mixed[9] = (^(lanes8Step0Mixed & 32'h805ab1b5));
    _zz_lanes8Step1Mixed[10] = (^(lanes8Step0Mixed & 32'h046462b5));
    _zz_lanes8Step1Mixed[11] = (^(lanes8Step0Mixed & 32'h08c8c56a));
    _zz_lanes8Step1Mixed[12] = (^(lanes8Step0Mixed & 32'h11918ad4));
    _zz_lanes8Step1Mixed[13] = (^(lanes8Step0Mixed & 32'h232315a9));
    _zz_lanes8Step1Mixed[14] = (^(lanes8Step0Mixed & 32'h46462b53));
    _zz_lanes8Step1Mixed[15] = (^(lanes8Step0Mixed & 32'h8c8c56a6));
    _zz_lanes8Step1Mixed[16] = (^(lanes8Step0Mixed & 32'h1dc9ac92));
    _zz_lanes8Step1Mixed[17] = (^(lanes8Step0Mixed & 32'h3b935924));
    _zz_lanes8Step1Mixed[18] = (^(lanes8Step0Mixed & 32'h7726b249));
    _zz_lanes8Step1Mixed[19] = (^(lanes8Step0Mixed & 32'hee4d6493));
    _zz_lanes8Step1Mixed[20] = (^(lanes8Step0Mixed & 32'hd84bc8f9));
    _zz_lanes8Step1Mixed[21] = (^(lanes8Step0Mixed & 32'hb446902d));
    _zz_lanes8Step1Mixed[22] = (^(lanes8Step0Mixed & 32'h6c5c2184));
    _zz_lanes8Step1Mixed[23] = (^(lanes8Step0Mixed & 32'hd8b84309));
    _zz_lanes8Step1Mixed[24] = (^(lanes8Step0Mixed & 32'hb5a187cc));
    _zz_lanes8Step1Mixed[25] = (^(lanes8Step0Mixed & 32'h6f920e46));
    _zz_lanes8Step1Mixed[26] = (^(lanes8Step0Mixed & 32'hdf241c8c));
    _zz_lanes8Step1Mixed[27] = (^(lanes8Step0Mixed & 32'hba9938c7));
    _zz_lanes8Step1Mixed[28] = (^(lanes8Step0Mixed & 32'h71e37051));
    _zz_lanes8Step1Mixed[29] = (^(lanes8Step0Mixed & 32'he3c6e0a3));
    _zz_lanes8Step1Mixed[30] = (^(lanes8Step0Mixed & 32'hc35cc098));
    _zz_lanes8Step1Mixed[31] = (^(lanes8Step0Mixed & 32'h826880ef));
  end

  assign lanes8Step1Mixed = (_zz_lanes8Step1Mixed ^ data[63 : 32]);
  always @(*) begin
    stateAfter8Bytes[0] = (^(lanes8Step1Mixed & 32'h04d101df));
    stateAfter8Bytes[1] = (^(lanes8Step1Mixed & 32'h09a203be));
    stateAfter8Bytes[2] = (^(lanes8Step1Mixed & 32'h1344077d));
    stateAfter8Bytes[3] = (^(lanes8Step1Mixed & 32'h26880efa));
    stateAfter8Bytes[4] = (^(lanes8Step1Mixed & 32'h4d101df4));
    stateAfter8Bytes[5] = (^(lanes8Step1Mixed & 32'h9a203be9));
    stateAfter8Bytes[6] = (^(lanes8Step1Mixed & 32'h3091760d));
    stateAfter8Bytes[7] = (^(lanes8Step1Mixed & 32'h6122ec1a));
    stateAfter8Bytes[8] = (^(lanes8Step1Mixed & 32'hc245d835));
    stateAfter8Bytes[9] = (^(lanes8Step1Mixed & 32'h805ab1b5));
    stateAfter8Bytes[10] = (^(lanes8Step1Mixed & 32'h046462b5));
    stateAfter8Bytes[11] = (^(lanes8Step1Mixed & 32'h08c8c56a));
    stateAfter8Bytes[12] = (^(lanes8Step1Mixed & 32'h11918ad4));
    stateAfter8Bytes[13] = (^(lanes8Step1Mixed & 32'h232315a9));
    stateAfter8Bytes[14] = (^(lanes8Step1Mixed & 32'h46462b53));
    stateAfter8Bytes[15] = (^(lanes8Step1Mixed & 32'h8c8c56a6));
    stateAfter8Bytes[16] = (^(lanes8Step1Mixed & 32'h1dc9ac92));
    stateAfter8Bytes[17] = (^(lanes8Step1Mixed & 32'h3b935924));
    stateAfter8Bytes[18] = (^(lanes8Step1Mixed & 32'h7726b249));
    stateAfter8Bytes[19] = (^(lanes8Step1Mixed & 32'hee4d6493));
    stateAfter8Bytes[20] = (^(lanes8Step1Mixed & 32'hd84bc8f9));
    stateAfter8Bytes[21] = (^(lanes8Step1Mixed & 32'hb446902d));
    stateAfter8Bytes[22] = (^(lanes8Step1Mixed & 32'h6c5c2184));
    stateAfter8Bytes[23] = (^(lanes8Step1Mixed & 32'hd8b84309));
    stateAfter8Bytes[24] = (^(lanes8Step1Mixed & 32'hb5a187cc));
    stateAfter8Bytes[25] = (^(lanes8Step1Mixed & 32'h6f920e46));
    stateAfter8Bytes[26] = (^(lanes8Step1Mixed & 32'hdf241c8c));
    stateAfter8Bytes[27] = (^(lanes8Step1Mixed & 32'hba9938c7));
    stateAfter8Bytes[28] = (^(lanes8Step1Mixed & 32'h71e37051));
    stateAfter8Bytes[29] = (^(lanes8Step1Mixed & 32'he3c6e0a3));
    stateAfter8Bytes[30] = (^(lanes8Step1Mixed & 32'hc35cc098));
    stateAfter8Bytes[31] = (^(lanes8Step1Mixed & 32'h826880ef));
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
