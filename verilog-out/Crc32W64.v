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

  reg        [31:0]   state;
  reg                 enableErrorSticky;
  wire       [31:0]   startState;
  wire       [95:0]   crcInputs;
  reg        [31:0]   stateAfter1Byte;
  reg        [31:0]   stateAfter2Bytes;
  reg        [31:0]   stateAfter3Bytes;
  reg        [31:0]   stateAfter4Bytes;
  reg        [31:0]   stateAfter5Bytes;
  reg        [31:0]   stateAfter6Bytes;
  reg        [31:0]   stateAfter7Bytes;
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

  assign startState = (clear ? 32'hffffffff : state);
  assign crcInputs = {data,startState};
  always @(*) begin
    stateAfter1Byte[0] = (^(crcInputs & 96'h000000000000000400000104));
    stateAfter1Byte[1] = (^(crcInputs & 96'h000000000000000900000209));
    stateAfter1Byte[2] = (^(crcInputs & 96'h000000000000001300000413));
    stateAfter1Byte[3] = (^(crcInputs & 96'h000000000000002600000826));
    stateAfter1Byte[4] = (^(crcInputs & 96'h000000000000004d0000104d));
    stateAfter1Byte[5] = (^(crcInputs & 96'h000000000000009a0000209a));
    stateAfter1Byte[6] = (^(crcInputs & 96'h000000000000003000004030));
    stateAfter1Byte[7] = (^(crcInputs & 96'h000000000000006100008061));
    stateAfter1Byte[8] = (^(crcInputs & 96'h00000000000000c2000100c2));
    stateAfter1Byte[9] = (^(crcInputs & 96'h000000000000008000020080));
    stateAfter1Byte[10] = (^(crcInputs & 96'h000000000000000400040004));
    stateAfter1Byte[11] = (^(crcInputs & 96'h000000000000000800080008));
    stateAfter1Byte[12] = (^(crcInputs & 96'h000000000000001100100011));
    stateAfter1Byte[13] = (^(crcInputs & 96'h000000000000002300200023));
    stateAfter1Byte[14] = (^(crcInputs & 96'h000000000000004600400046));
    stateAfter1Byte[15] = (^(crcInputs & 96'h000000000000008c0080008c));
    stateAfter1Byte[16] = (^(crcInputs & 96'h000000000000001d0100001d));
    stateAfter1Byte[17] = (^(crcInputs & 96'h000000000000003b0200003b));
    stateAfter1Byte[18] = (^(crcInputs & 96'h000000000000007704000077));
    stateAfter1Byte[19] = (^(crcInputs & 96'h00000000000000ee080000ee));
    stateAfter1Byte[20] = (^(crcInputs & 96'h00000000000000d8100000d8));
    stateAfter1Byte[21] = (^(crcInputs & 96'h00000000000000b4200000b4));
    stateAfter1Byte[22] = (^(crcInputs & 96'h000000000000006c4000006c));
    stateAfter1Byte[23] = (^(crcInputs & 96'h00000000000000d8800000d8));
    stateAfter1Byte[24] = (^(crcInputs & 96'h00000000000000b5000000b5));
    stateAfter1Byte[25] = (^(crcInputs & 96'h000000000000006f0000006f));
    stateAfter1Byte[26] = (^(crcInputs & 96'h00000000000000df000000df));
    stateAfter1Byte[27] = (^(crcInputs & 96'h00000000000000ba000000ba));
    stateAfter1Byte[28] = (^(crcInputs & 96'h000000000000007100000071));
    stateAfter1Byte[29] = (^(crcInputs & 96'h00000000000000e3000000e3));
    stateAfter1Byte[30] = (^(crcInputs & 96'h00000000000000c3000000c3));
    stateAfter1Byte[31] = (^(crcInputs & 96'h000000000000008200000082));
  end

  always @(*) begin
    stateAfter2Bytes[0] = (^(crcInputs & 96'h00000000000004d1000104d1));
    stateAfter2Bytes[1] = (^(crcInputs & 96'h00000000000009a2000209a2));
    stateAfter2Bytes[2] = (^(crcInputs & 96'h000000000000134400041344));
    stateAfter2Bytes[3] = (^(crcInputs & 96'h000000000000268800082688));
    stateAfter2Bytes[4] = (^(crcInputs & 96'h0000000000004d1000104d10));
    stateAfter2Bytes[5] = (^(crcInputs & 96'h0000000000009a2000209a20));
    stateAfter2Bytes[6] = (^(crcInputs & 96'h000000000000309100403091));
    stateAfter2Bytes[7] = (^(crcInputs & 96'h000000000000612200806122));
    stateAfter2Bytes[8] = (^(crcInputs & 96'h000000000000c2450100c245));
    stateAfter2Bytes[9] = (^(crcInputs & 96'h000000000000805a0200805a));
    stateAfter2Bytes[10] = (^(crcInputs & 96'h000000000000046404000464));
    stateAfter2Bytes[11] = (^(crcInputs & 96'h00000000000008c8080008c8));
    stateAfter2Bytes[12] = (^(crcInputs & 96'h000000000000119110001191));
    stateAfter2Bytes[13] = (^(crcInputs & 96'h000000000000232320002323));
    stateAfter2Bytes[14] = (^(crcInputs & 96'h000000000000464640004646));
    stateAfter2Bytes[15] = (^(crcInputs & 96'h0000000000008c8c80008c8c));
    stateAfter2Bytes[16] = (^(crcInputs & 96'h0000000000001dc900001dc9));
    stateAfter2Bytes[17] = (^(crcInputs & 96'h0000000000003b9300003b93));
    stateAfter2Bytes[18] = (^(crcInputs & 96'h000000000000772600007726));
    stateAfter2Bytes[19] = (^(crcInputs & 96'h000000000000ee4d0000ee4d));
    stateAfter2Bytes[20] = (^(crcInputs & 96'h000000000000d84b0000d84b));
    stateAfter2Bytes[21] = (^(crcInputs & 96'h000000000000b4460000b446));
    stateAfter2Bytes[22] = (^(crcInputs & 96'h0000000000006c5c00006c5c));
    stateAfter2Bytes[23] = (^(crcInputs & 96'h000000000000d8b80000d8b8));
    stateAfter2Bytes[24] = (^(crcInputs & 96'h000000000000b5a10000b5a1));
    stateAfter2Bytes[25] = (^(crcInputs & 96'h0000000000006f9200006f92));
    stateAfter2Bytes[26] = (^(crcInputs & 96'h000000000000df240000df24));
    stateAfter2Bytes[27] = (^(crcInputs & 96'h000000000000ba990000ba99));
    stateAfter2Bytes[28] = (^(crcInputs & 96'h00000000000071e3000071e3));
    stateAfter2Bytes[29] = (^(crcInputs & 96'h000000000000e3c60000e3c6));
    stateAfter2Bytes[30] = (^(crcInputs & 96'h000000000000c35c0000c35c));
    stateAfter2Bytes[31] = (^(crcInputs & 96'h000000000000826800008268));
  end

  always @(*) begin
    stateAfter3Bytes[0] = (^(crcInputs & 96'h000000000004d1010104d101));
    stateAfter3Bytes[1] = (^(crcInputs & 96'h000000000009a2030209a203));
    stateAfter3Bytes[2] = (^(crcInputs & 96'h000000000013440704134407));
    stateAfter3Bytes[3] = (^(crcInputs & 96'h000000000026880e0826880e));
    stateAfter3Bytes[4] = (^(crcInputs & 96'h00000000004d101d104d101d));
    stateAfter3Bytes[5] = (^(crcInputs & 96'h00000000009a203b209a203b));
    stateAfter3Bytes[6] = (^(crcInputs & 96'h000000000030917640309176));
    stateAfter3Bytes[7] = (^(crcInputs & 96'h00000000006122ec806122ec));
    stateAfter3Bytes[8] = (^(crcInputs & 96'h0000000000c245d800c245d8));
    stateAfter3Bytes[9] = (^(crcInputs & 96'h0000000000805ab100805ab1));
    stateAfter3Bytes[10] = (^(crcInputs & 96'h000000000004646200046462));
    stateAfter3Bytes[11] = (^(crcInputs & 96'h000000000008c8c50008c8c5));
    stateAfter3Bytes[12] = (^(crcInputs & 96'h000000000011918a0011918a));
    stateAfter3Bytes[13] = (^(crcInputs & 96'h000000000023231500232315));
    stateAfter3Bytes[14] = (^(crcInputs & 96'h000000000046462b0046462b));
    stateAfter3Bytes[15] = (^(crcInputs & 96'h00000000008c8c56008c8c56));
    stateAfter3Bytes[16] = (^(crcInputs & 96'h00000000001dc9ac001dc9ac));
    stateAfter3Bytes[17] = (^(crcInputs & 96'h00000000003b9359003b9359));
    stateAfter3Bytes[18] = (^(crcInputs & 96'h00000000007726b2007726b2));
    stateAfter3Bytes[19] = (^(crcInputs & 96'h0000000000ee4d6400ee4d64));
    stateAfter3Bytes[20] = (^(crcInputs & 96'h0000000000d84bc800d84bc8));
    stateAfter3Bytes[21] = (^(crcInputs & 96'h0000000000b4469000b44690));
    stateAfter3Bytes[22] = (^(crcInputs & 96'h00000000006c5c21006c5c21));
    stateAfter3Bytes[23] = (^(crcInputs & 96'h0000000000d8b84300d8b843));
    stateAfter3Bytes[24] = (^(crcInputs & 96'h0000000000b5a18700b5a187));
    stateAfter3Bytes[25] = (^(crcInputs & 96'h00000000006f920e006f920e));
    stateAfter3Bytes[26] = (^(crcInputs & 96'h0000000000df241c00df241c));
    stateAfter3Bytes[27] = (^(crcInputs & 96'h0000000000ba993800ba9938));
    stateAfter3Bytes[28] = (^(crcInputs & 96'h000000000071e3700071e370));
    stateAfter3Bytes[29] = (^(crcInputs & 96'h0000000000e3c6e000e3c6e0));
    stateAfter3Bytes[30] = (^(crcInputs & 96'h0000000000c35cc000c35cc0));
    stateAfter3Bytes[31] = (^(crcInputs & 96'h000000000082688000826880));
  end

  always @(*) begin
    stateAfter4Bytes[0] = (^(crcInputs & 96'h0000000004d101df04d101df));
    stateAfter4Bytes[1] = (^(crcInputs & 96'h0000000009a203be09a203be));
    stateAfter4Bytes[2] = (^(crcInputs & 96'h000000001344077d1344077d));
    stateAfter4Bytes[3] = (^(crcInputs & 96'h0000000026880efa26880efa));
    stateAfter4Bytes[4] = (^(crcInputs & 96'h000000004d101df44d101df4));
    stateAfter4Bytes[5] = (^(crcInputs & 96'h000000009a203be99a203be9));
    stateAfter4Bytes[6] = (^(crcInputs & 96'h000000003091760d3091760d));
    stateAfter4Bytes[7] = (^(crcInputs & 96'h000000006122ec1a6122ec1a));
    stateAfter4Bytes[8] = (^(crcInputs & 96'h00000000c245d835c245d835));
    stateAfter4Bytes[9] = (^(crcInputs & 96'h00000000805ab1b5805ab1b5));
    stateAfter4Bytes[10] = (^(crcInputs & 96'h00000000046462b5046462b5));
    stateAfter4Bytes[11] = (^(crcInputs & 96'h0000000008c8c56a08c8c56a));
    stateAfter4Bytes[12] = (^(crcInputs & 96'h0000000011918ad411918ad4));
    stateAfter4Bytes[13] = (^(crcInputs & 96'h00000000232315a9232315a9));
    stateAfter4Bytes[14] = (^(crcInputs & 96'h0000000046462b5346462b53));
    stateAfter4Bytes[15] = (^(crcInputs & 96'h000000008c8c56a68c8c56a6));
    stateAfter4Bytes[16] = (^(crcInputs & 96'h000000001dc9ac921dc9ac92));
    stateAfter4Bytes[17] = (^(crcInputs & 96'h000000003b9359243b935924));
    stateAfter4Bytes[18] = (^(crcInputs & 96'h000000007726b2497726b249));
    stateAfter4Bytes[19] = (^(crcInputs & 96'h00000000ee4d6493ee4d6493));
    stateAfter4Bytes[20] = (^(crcInputs & 96'h00000000d84bc8f9d84bc8f9));
    stateAfter4Bytes[21] = (^(crcInputs & 96'h00000000b446902db446902d));
    stateAfter4Bytes[22] = (^(crcInputs & 96'h000000006c5c21846c5c2184));
    stateAfter4Bytes[23] = (^(crcInputs & 96'h00000000d8b84309d8b84309));
    stateAfter4Bytes[24] = (^(crcInputs & 96'h00000000b5a187ccb5a187cc));
    stateAfter4Bytes[25] = (^(crcInputs & 96'h000000006f920e466f920e46));
    stateAfter4Bytes[26] = (^(crcInputs & 96'h00000000df241c8cdf241c8c));
    stateAfter4Bytes[27] = (^(crcInputs & 96'h00000000ba9938c7ba9938c7));
    stateAfter4Bytes[28] = (^(crcInputs & 96'h0000000071e3705171e37051));
    stateAfter4Bytes[29] = (^(crcInputs & 96'h00000000e3c6e0a3e3c6e0a3));
    stateAfter4Bytes[30] = (^(crcInputs & 96'h00000000c35cc098c35cc098));
    stateAfter4Bytes[31] = (^(crcInputs & 96'h00000000826880ef826880ef));
  end

  always @(*) begin
    stateAfter5Bytes[0] = (^(crcInputs & 96'h00000004d101df48d101df48));
    stateAfter5Bytes[1] = (^(crcInputs & 96'h00000009a203be90a203be90));
    stateAfter5Bytes[2] = (^(crcInputs & 96'h0000001344077d2044077d20));
    stateAfter5Bytes[3] = (^(crcInputs & 96'h00000026880efa40880efa40));
    stateAfter5Bytes[4] = (^(crcInputs & 96'h0000004d101df481101df481));
    stateAfter5Bytes[5] = (^(crcInputs & 96'h0000009a203be903203be903));
    stateAfter5Bytes[6] = (^(crcInputs & 96'h0000003091760d4e91760d4e));
    stateAfter5Bytes[7] = (^(crcInputs & 96'h0000006122ec1a9d22ec1a9d));
    stateAfter5Bytes[8] = (^(crcInputs & 96'h000000c245d8353b45d8353b));
    stateAfter5Bytes[9] = (^(crcInputs & 96'h000000805ab1b53e5ab1b53e));
    stateAfter5Bytes[10] = (^(crcInputs & 96'h000000046462b5346462b534));
    stateAfter5Bytes[11] = (^(crcInputs & 96'h00000008c8c56a69c8c56a69));
    stateAfter5Bytes[12] = (^(crcInputs & 96'h00000011918ad4d2918ad4d2));
    stateAfter5Bytes[13] = (^(crcInputs & 96'h000000232315a9a52315a9a5));
    stateAfter5Bytes[14] = (^(crcInputs & 96'h00000046462b534a462b534a));
    stateAfter5Bytes[15] = (^(crcInputs & 96'h0000008c8c56a6948c56a694));
    stateAfter5Bytes[16] = (^(crcInputs & 96'h0000001dc9ac9260c9ac9260));
    stateAfter5Bytes[17] = (^(crcInputs & 96'h0000003b935924c0935924c0));
    stateAfter5Bytes[18] = (^(crcInputs & 96'h0000007726b2498026b24980));
    stateAfter5Bytes[19] = (^(crcInputs & 96'h000000ee4d6493004d649300));
    stateAfter5Bytes[20] = (^(crcInputs & 96'h000000d84bc8f9484bc8f948));
    stateAfter5Bytes[21] = (^(crcInputs & 96'h000000b446902dd946902dd9));
    stateAfter5Bytes[22] = (^(crcInputs & 96'h0000006c5c2184fb5c2184fb));
    stateAfter5Bytes[23] = (^(crcInputs & 96'h000000d8b84309f6b84309f6));
    stateAfter5Bytes[24] = (^(crcInputs & 96'h000000b5a187cca5a187cca5));
    stateAfter5Bytes[25] = (^(crcInputs & 96'h0000006f920e4602920e4602));
    stateAfter5Bytes[26] = (^(crcInputs & 96'h000000df241c8c05241c8c05));
    stateAfter5Bytes[27] = (^(crcInputs & 96'h000000ba9938c7439938c743));
    stateAfter5Bytes[28] = (^(crcInputs & 96'h00000071e37051cfe37051cf));
    stateAfter5Bytes[29] = (^(crcInputs & 96'h000000e3c6e0a39fc6e0a39f));
    stateAfter5Bytes[30] = (^(crcInputs & 96'h000000c35cc098765cc09876));
    stateAfter5Bytes[31] = (^(crcInputs & 96'h000000826880efa46880efa4));
  end

  always @(*) begin
    stateAfter6Bytes[0] = (^(crcInputs & 96'h000004d101df481b01df481b));
    stateAfter6Bytes[1] = (^(crcInputs & 96'h000009a203be903603be9036));
    stateAfter6Bytes[2] = (^(crcInputs & 96'h00001344077d206d077d206d));
    stateAfter6Bytes[3] = (^(crcInputs & 96'h000026880efa40da0efa40da));
    stateAfter6Bytes[4] = (^(crcInputs & 96'h00004d101df481b41df481b4));
    stateAfter6Bytes[5] = (^(crcInputs & 96'h00009a203be903693be90369));
    stateAfter6Bytes[6] = (^(crcInputs & 96'h00003091760d4ec8760d4ec8));
    stateAfter6Bytes[7] = (^(crcInputs & 96'h00006122ec1a9d91ec1a9d91));
    stateAfter6Bytes[8] = (^(crcInputs & 96'h0000c245d8353b23d8353b23));
    stateAfter6Bytes[9] = (^(crcInputs & 96'h0000805ab1b53e5db1b53e5d));
    stateAfter6Bytes[10] = (^(crcInputs & 96'h0000046462b534a062b534a0));
    stateAfter6Bytes[11] = (^(crcInputs & 96'h000008c8c56a6940c56a6940));
    stateAfter6Bytes[12] = (^(crcInputs & 96'h000011918ad4d2818ad4d281));
    stateAfter6Bytes[13] = (^(crcInputs & 96'h0000232315a9a50215a9a502));
    stateAfter6Bytes[14] = (^(crcInputs & 96'h000046462b534a052b534a05));
    stateAfter6Bytes[15] = (^(crcInputs & 96'h00008c8c56a6940b56a6940b));
    stateAfter6Bytes[16] = (^(crcInputs & 96'h00001dc9ac92600cac92600c));
    stateAfter6Bytes[17] = (^(crcInputs & 96'h00003b935924c0185924c018));
    stateAfter6Bytes[18] = (^(crcInputs & 96'h00007726b2498031b2498031));
    stateAfter6Bytes[19] = (^(crcInputs & 96'h0000ee4d6493006364930063));
    stateAfter6Bytes[20] = (^(crcInputs & 96'h0000d84bc8f948ddc8f948dd));
    stateAfter6Bytes[21] = (^(crcInputs & 96'h0000b446902dd9a0902dd9a0));
    stateAfter6Bytes[22] = (^(crcInputs & 96'h00006c5c2184fb5b2184fb5b));
    stateAfter6Bytes[23] = (^(crcInputs & 96'h0000d8b84309f6b64309f6b6));
    stateAfter6Bytes[24] = (^(crcInputs & 96'h0000b5a187cca57787cca577));
    stateAfter6Bytes[25] = (^(crcInputs & 96'h00006f920e4602f50e4602f5));
    stateAfter6Bytes[26] = (^(crcInputs & 96'h0000df241c8c05ea1c8c05ea));
    stateAfter6Bytes[27] = (^(crcInputs & 96'h0000ba9938c743cf38c743cf));
    stateAfter6Bytes[28] = (^(crcInputs & 96'h000071e37051cf847051cf84));
    stateAfter6Bytes[29] = (^(crcInputs & 96'h0000e3c6e0a39f08e0a39f08));
    stateAfter6Bytes[30] = (^(crcInputs & 96'h0000c35cc098760bc098760b));
    stateAfter6Bytes[31] = (^(crcInputs & 96'h0000826880efa40d80efa40d));
  end

  always @(*) begin
    stateAfter7Bytes[0] = (^(crcInputs & 96'h0004d101df481b4edf481b4e));
    stateAfter7Bytes[1] = (^(crcInputs & 96'h0009a203be90369cbe90369c));
    stateAfter7Bytes[2] = (^(crcInputs & 96'h001344077d206d397d206d39));
    stateAfter7Bytes[3] = (^(crcInputs & 96'h0026880efa40da72fa40da72));
    stateAfter7Bytes[4] = (^(crcInputs & 96'h004d101df481b4e5f481b4e5));
    stateAfter7Bytes[5] = (^(crcInputs & 96'h009a203be90369cbe90369cb));
    stateAfter7Bytes[6] = (^(crcInputs & 96'h003091760d4ec8d80d4ec8d8));
    stateAfter7Bytes[7] = (^(crcInputs & 96'h006122ec1a9d91b11a9d91b1));
    stateAfter7Bytes[8] = (^(crcInputs & 96'h00c245d8353b2363353b2363));
    stateAfter7Bytes[9] = (^(crcInputs & 96'h00805ab1b53e5d89b53e5d89));
    stateAfter7Bytes[10] = (^(crcInputs & 96'h00046462b534a05cb534a05c));
    stateAfter7Bytes[11] = (^(crcInputs & 96'h0008c8c56a6940b96a6940b9));
    stateAfter7Bytes[12] = (^(crcInputs & 96'h0011918ad4d28172d4d28172));
    stateAfter7Bytes[13] = (^(crcInputs & 96'h00232315a9a502e4a9a502e4));
    stateAfter7Bytes[14] = (^(crcInputs & 96'h0046462b534a05c8534a05c8));
    stateAfter7Bytes[15] = (^(crcInputs & 96'h008c8c56a6940b90a6940b90));
    stateAfter7Bytes[16] = (^(crcInputs & 96'h001dc9ac92600c6f92600c6f));
    stateAfter7Bytes[17] = (^(crcInputs & 96'h003b935924c018df24c018df));
    stateAfter7Bytes[18] = (^(crcInputs & 96'h007726b2498031bf498031bf));
    stateAfter7Bytes[19] = (^(crcInputs & 96'h00ee4d649300637e9300637e));
    stateAfter7Bytes[20] = (^(crcInputs & 96'h00d84bc8f948ddb3f948ddb3));
    stateAfter7Bytes[21] = (^(crcInputs & 96'h00b446902dd9a0292dd9a029));
    stateAfter7Bytes[22] = (^(crcInputs & 96'h006c5c2184fb5b1d84fb5b1d));
    stateAfter7Bytes[23] = (^(crcInputs & 96'h00d8b84309f6b63a09f6b63a));
    stateAfter7Bytes[24] = (^(crcInputs & 96'h00b5a187cca5773acca5773a));
    stateAfter7Bytes[25] = (^(crcInputs & 96'h006f920e4602f53b4602f53b));
    stateAfter7Bytes[26] = (^(crcInputs & 96'h00df241c8c05ea778c05ea77));
    stateAfter7Bytes[27] = (^(crcInputs & 96'h00ba9938c743cfa0c743cfa0));
    stateAfter7Bytes[28] = (^(crcInputs & 96'h0071e37051cf840e51cf840e));
    stateAfter7Bytes[29] = (^(crcInputs & 96'h00e3c6e0a39f081da39f081d));
    stateAfter7Bytes[30] = (^(crcInputs & 96'h00c35cc098760b7498760b74));
    stateAfter7Bytes[31] = (^(crcInputs & 96'h00826880efa40da7efa40da7));
  end

  always @(*) begin
    stateAfter8Bytes[0] = (^(crcInputs & 96'h04d101df481b4e5a481b4e5a));
    stateAfter8Bytes[1] = (^(crcInputs & 96'h09a203be90369cb590369cb5));
    stateAfter8Bytes[2] = (^(crcInputs & 96'h1344077d206d396b206d396b));
    stateAfter8Bytes[3] = (^(crcInputs & 96'h26880efa40da72d740da72d7));
    stateAfter8Bytes[4] = (^(crcInputs & 96'h4d101df481b4e5af81b4e5af));
    stateAfter8Bytes[5] = (^(crcInputs & 96'h9a203be90369cb5e0369cb5e));
    stateAfter8Bytes[6] = (^(crcInputs & 96'h3091760d4ec8d8e64ec8d8e6));
    stateAfter8Bytes[7] = (^(crcInputs & 96'h6122ec1a9d91b1cd9d91b1cd));
    stateAfter8Bytes[8] = (^(crcInputs & 96'hc245d8353b23639a3b23639a));
    stateAfter8Bytes[9] = (^(crcInputs & 96'h805ab1b53e5d896e3e5d896e));
    stateAfter8Bytes[10] = (^(crcInputs & 96'h046462b534a05c8634a05c86));
    stateAfter8Bytes[11] = (^(crcInputs & 96'h08c8c56a6940b90c6940b90c));
    stateAfter8Bytes[12] = (^(crcInputs & 96'h11918ad4d2817218d2817218));
    stateAfter8Bytes[13] = (^(crcInputs & 96'h232315a9a502e430a502e430));
    stateAfter8Bytes[14] = (^(crcInputs & 96'h46462b534a05c8604a05c860));
    stateAfter8Bytes[15] = (^(crcInputs & 96'h8c8c56a6940b90c0940b90c0));
    stateAfter8Bytes[16] = (^(crcInputs & 96'h1dc9ac92600c6fda600c6fda));
    stateAfter8Bytes[17] = (^(crcInputs & 96'h3b935924c018dfb5c018dfb5));
    stateAfter8Bytes[18] = (^(crcInputs & 96'h7726b2498031bf6a8031bf6a));
    stateAfter8Bytes[19] = (^(crcInputs & 96'hee4d649300637ed500637ed5));
    stateAfter8Bytes[20] = (^(crcInputs & 96'hd84bc8f948ddb3f048ddb3f0));
    stateAfter8Bytes[21] = (^(crcInputs & 96'hb446902dd9a029bbd9a029bb));
    stateAfter8Bytes[22] = (^(crcInputs & 96'h6c5c2184fb5b1d2cfb5b1d2c));
    stateAfter8Bytes[23] = (^(crcInputs & 96'hd8b84309f6b63a59f6b63a59));
    stateAfter8Bytes[24] = (^(crcInputs & 96'hb5a187cca5773ae8a5773ae8));
    stateAfter8Bytes[25] = (^(crcInputs & 96'h6f920e4602f53b8a02f53b8a));
    stateAfter8Bytes[26] = (^(crcInputs & 96'hdf241c8c05ea771505ea7715));
    stateAfter8Bytes[27] = (^(crcInputs & 96'hba9938c743cfa07143cfa071));
    stateAfter8Bytes[28] = (^(crcInputs & 96'h71e37051cf840eb8cf840eb8));
    stateAfter8Bytes[29] = (^(crcInputs & 96'he3c6e0a39f081d709f081d70));
    stateAfter8Bytes[30] = (^(crcInputs & 96'hc35cc098760b74bb760b74bb));
    stateAfter8Bytes[31] = (^(crcInputs & 96'h826880efa40da72da40da72d));
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
