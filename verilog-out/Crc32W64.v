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

  wire       [31:0]   _zz_tailAdvanced_2Mixed;
  wire       [15:0]   _zz_tailAdvanced_2Mixed_1;
  wire       [31:0]   _zz_tailAdvanced_3Mixed;
  wire       [7:0]    _zz_tailAdvanced_3Mixed_1;
  reg        [31:0]   state;
  reg                 enableErrorSticky;
  reg                 frameEnded;
  wire                _zz_badWord;
  wire       [31:0]   stateAfterWordMixed;
  reg        [31:0]   stateAfterWord;
  wire                allLanes;
  wire                noLane;
  wire                _zz_badWord_1;
  wire                _zz_when_Crc32java_l134;
  wire                badWord;
  reg        [31:0]   loopNext;
  wire                when_Crc32java_l126;
  wire                when_Crc32java_l134;
  reg        [31:0]   tailState_0;
  reg        [55:0]   tailData_0;
  reg        [2:0]    tailLanes_0;
  wire                when_Crc32java_l155;
  wire                when_Crc32java_l159;
  reg        [2:0]    _zz_tailLanes_0;
  wire                when_Crc32java_l249;
  wire                when_Crc32java_l249_1;
  wire                when_Crc32java_l249_2;
  wire                when_Crc32java_l249_3;
  wire                when_Crc32java_l249_4;
  wire                when_Crc32java_l249_5;
  wire                when_Crc32java_l249_6;
  wire                _zz_tailState_1;
  reg        [31:0]   tailState_1;
  wire       [31:0]   tailAdvanced_1Mixed;
  reg        [31:0]   tailAdvanced_1;
  reg        [23:0]   tailData_1;
  reg        [1:0]    tailLanes_1;
  wire                _zz_tailState_2;
  reg        [31:0]   tailState_2;
  wire       [31:0]   tailAdvanced_2Mixed;
  reg        [31:0]   tailAdvanced_2;
  reg        [7:0]    tailData_2;
  reg        [0:0]    tailLanes_2;
  reg        [31:0]   tailState_3;
  wire       [31:0]   tailAdvanced_3Mixed;
  reg        [31:0]   tailAdvanced_3;

  assign _zz_tailAdvanced_2Mixed_1 = tailData_1[15 : 0];
  assign _zz_tailAdvanced_2Mixed = {16'd0, _zz_tailAdvanced_2Mixed_1};
  assign _zz_tailAdvanced_3Mixed_1 = tailData_2[7 : 0];
  assign _zz_tailAdvanced_3Mixed = {24'd0, _zz_tailAdvanced_3Mixed_1};
  assign _zz_badWord = (valid && (! clear));
  assign stateAfterWordMixed = (state ^ data[31 : 0]);
  always @(*) begin
    stateAfterWord[0] = ((^(stateAfterWordMixed & 32'h481b4e5a)) ^ (^(data[63 : 32] & 32'h04d101df)));
    stateAfterWord[1] = ((^(stateAfterWordMixed & 32'h90369cb5)) ^ (^(data[63 : 32] & 32'h09a203be)));
    stateAfterWord[2] = ((^(stateAfterWordMixed & 32'h206d396b)) ^ (^(data[63 : 32] & 32'h1344077d)));
    stateAfterWord[3] = ((^(stateAfterWordMixed & 32'h40da72d7)) ^ (^(data[63 : 32] & 32'h26880efa)));
    stateAfterWord[4] = ((^(stateAfterWordMixed & 32'h81b4e5af)) ^ (^(data[63 : 32] & 32'h4d101df4)));
    stateAfterWord[5] = ((^(stateAfterWordMixed & 32'h0369cb5e)) ^ (^(data[63 : 32] & 32'h9a203be9)));
    stateAfterWord[6] = ((^(stateAfterWordMixed & 32'h4ec8d8e6)) ^ (^(data[63 : 32] & 32'h3091760d)));
    stateAfterWord[7] = ((^(stateAfterWordMixed & 32'h9d91b1cd)) ^ (^(data[63 : 32] & 32'h6122ec1a)));
    stateAfterWord[8] = ((^(stateAfterWordMixed & 32'h3b23639a)) ^ (^(data[63 : 32] & 32'hc245d835)));
    stateAfterWord[9] = ((^(stateAfterWordMixed & 32'h3e5d896e)) ^ (^(data[63 : 32] & 32'h805ab1b5)));
    stateAfterWord[10] = ((^(stateAfterWordMixed & 32'h34a05c86)) ^ (^(data[63 : 32] & 32'h046462b5)));
    stateAfterWord[11] = ((^(stateAfterWordMixed & 32'h6940b90c)) ^ (^(data[63 : 32] & 32'h08c8c56a)));
    stateAfterWord[12] = ((^(stateAfterWordMixed & 32'hd2817218)) ^ (^(data[63 : 32] & 32'h11918ad4)));
    stateAfterWord[13] = ((^(stateAfterWordMixed & 32'ha502e430)) ^ (^(data[63 : 32] & 32'h232315a9)));
    stateAfterWord[14] = ((^(stateAfterWordMixed & 32'h4a05c860)) ^ (^(data[63 : 32] & 32'h46462b53)));
    stateAfterWord[15] = ((^(stateAfterWordMixed & 32'h940b90c0)) ^ (^(data[63 : 32] & 32'h8c8c56a6)));
    stateAfterWord[16] = ((^(stateAfterWordMixed & 32'h600c6fda)) ^ (^(data[63 : 32] & 32'h1dc9ac92)));
    stateAfterWord[17] = ((^(stateAfterWordMixed & 32'hc018dfb5)) ^ (^(data[63 : 32] & 32'h3b935924)));
    stateAfterWord[18] = ((^(stateAfterWordMixed & 32'h8031bf6a)) ^ (^(data[63 : 32] & 32'h7726b249)));
    stateAfterWord[19] = ((^(stateAfterWordMixed & 32'h00637ed5)) ^ (^(data[63 : 32] & 32'hee4d6493)));
    stateAfterWord[20] = ((^(stateAfterWordMixed & 32'h48ddb3f0)) ^ (^(data[63 : 32] & 32'hd84bc8f9)));
    stateAfterWord[21] = ((^(stateAfterWordMixed & 32'hd9a029bb)) ^ (^(data[63 : 32] & 32'hb446902d)));
    stateAfterWord[22] = ((^(stateAfterWordMixed & 32'hfb5b1d2c)) ^ (^(data[63 : 32] & 32'h6c5c2184)));
    stateAfterWord[23] = ((^(stateAfterWordMixed & 32'hf6b63a59)) ^ (^(data[63 : 32] & 32'hd8b84309)));
    stateAfterWord[24] = ((^(stateAfterWordMixed & 32'ha5773ae8)) ^ (^(data[63 : 32] & 32'hb5a187cc)));
    stateAfterWord[25] = ((^(stateAfterWordMixed & 32'h02f53b8a)) ^ (^(data[63 : 32] & 32'h6f920e46)));
    stateAfterWord[26] = ((^(stateAfterWordMixed & 32'h05ea7715)) ^ (^(data[63 : 32] & 32'hdf241c8c)));
    stateAfterWord[27] = ((^(stateAfterWordMixed & 32'h43cfa071)) ^ (^(data[63 : 32] & 32'hba9938c7)));
    stateAfterWord[28] = ((^(stateAfterWordMixed & 32'hcf840eb8)) ^ (^(data[63 : 32] & 32'h71e37051)));
    stateAfterWord[29] = ((^(stateAfterWordMixed & 32'h9f081d70)) ^ (^(data[63 : 32] & 32'he3c6e0a3)));
    stateAfterWord[30] = ((^(stateAfterWordMixed & 32'h760b74bb)) ^ (^(data[63 : 32] & 32'hc35cc098)));
    stateAfterWord[31] = ((^(stateAfterWordMixed & 32'ha40da72d)) ^ (^(data[63 : 32] & 32'h826880ef)));
  end

  assign allLanes = (byteEnable == 8'hff);
  assign noLane = (byteEnable == 8'h0);
  assign _zz_badWord_1 = (((((((1'b0 || (byteEnable == 8'h01)) || (byteEnable == 8'h03)) || (byteEnable == 8'h07)) || (byteEnable == 8'h0f)) || (byteEnable == 8'h1f)) || (byteEnable == 8'h3f)) || (byteEnable == 8'h7f));
  assign _zz_when_Crc32java_l134 = (_zz_badWord && _zz_badWord_1);
  assign badWord = ((((_zz_badWord && (! allLanes)) && (! noLane)) && (! _zz_badWord_1)) || ((_zz_badWord && frameEnded) && (! noLane)));
  always @(*) begin
    loopNext = state;
    if(when_Crc32java_l126) begin
      loopNext = stateAfterWord;
    end
    if(clear) begin
      loopNext = 32'hffffffff;
    end
  end

  assign when_Crc32java_l126 = ((_zz_badWord && allLanes) && (! badWord));
  assign when_Crc32java_l134 = (_zz_when_Crc32java_l134 && (! badWord));
  assign when_Crc32java_l155 = (! (frameEnded && (! clear)));
  assign when_Crc32java_l159 = (_zz_when_Crc32java_l134 && (! badWord));
  always @(*) begin
    _zz_tailLanes_0 = 3'b000;
    if(when_Crc32java_l249) begin
      _zz_tailLanes_0 = 3'b001;
    end
    if(when_Crc32java_l249_1) begin
      _zz_tailLanes_0 = 3'b010;
    end
    if(when_Crc32java_l249_2) begin
      _zz_tailLanes_0 = 3'b011;
    end
    if(when_Crc32java_l249_3) begin
      _zz_tailLanes_0 = 3'b100;
    end
    if(when_Crc32java_l249_4) begin
      _zz_tailLanes_0 = 3'b101;
    end
    if(when_Crc32java_l249_5) begin
      _zz_tailLanes_0 = 3'b110;
    end
    if(when_Crc32java_l249_6) begin
      _zz_tailLanes_0 = 3'b111;
    end
  end

  assign when_Crc32java_l249 = byteEnable[0];
  assign when_Crc32java_l249_1 = byteEnable[1];
  assign when_Crc32java_l249_2 = byteEnable[2];
  assign when_Crc32java_l249_3 = byteEnable[3];
  assign when_Crc32java_l249_4 = byteEnable[4];
  assign when_Crc32java_l249_5 = byteEnable[5];
  assign when_Crc32java_l249_6 = byteEnable[6];
  assign _zz_tailState_1 = tailLanes_0[2];
  assign tailAdvanced_1Mixed = (tailState_0 ^ tailData_0[31 : 0]);
  always @(*) begin
    tailAdvanced_1[0] = (^(tailAdvanced_1Mixed & 32'h04d101df));
    tailAdvanced_1[1] = (^(tailAdvanced_1Mixed & 32'h09a203be));
    tailAdvanced_1[2] = (^(tailAdvanced_1Mixed & 32'h1344077d));
    tailAdvanced_1[3] = (^(tailAdvanced_1Mixed & 32'h26880efa));
    tailAdvanced_1[4] = (^(tailAdvanced_1Mixed & 32'h4d101df4));
    tailAdvanced_1[5] = (^(tailAdvanced_1Mixed & 32'h9a203be9));
    tailAdvanced_1[6] = (^(tailAdvanced_1Mixed & 32'h3091760d));
    tailAdvanced_1[7] = (^(tailAdvanced_1Mixed & 32'h6122ec1a));
    tailAdvanced_1[8] = (^(tailAdvanced_1Mixed & 32'hc245d835));
    tailAdvanced_1[9] = (^(tailAdvanced_1Mixed & 32'h805ab1b5));
    tailAdvanced_1[10] = (^(tailAdvanced_1Mixed & 32'h046462b5));
    tailAdvanced_1[11] = (^(tailAdvanced_1Mixed & 32'h08c8c56a));
    tailAdvanced_1[12] = (^(tailAdvanced_1Mixed & 32'h11918ad4));
    tailAdvanced_1[13] = (^(tailAdvanced_1Mixed & 32'h232315a9));
    tailAdvanced_1[14] = (^(tailAdvanced_1Mixed & 32'h46462b53));
    tailAdvanced_1[15] = (^(tailAdvanced_1Mixed & 32'h8c8c56a6));
    tailAdvanced_1[16] = (^(tailAdvanced_1Mixed & 32'h1dc9ac92));
    tailAdvanced_1[17] = (^(tailAdvanced_1Mixed & 32'h3b935924));
    tailAdvanced_1[18] = (^(tailAdvanced_1Mixed & 32'h7726b249));
    tailAdvanced_1[19] = (^(tailAdvanced_1Mixed & 32'hee4d6493));
    tailAdvanced_1[20] = (^(tailAdvanced_1Mixed & 32'hd84bc8f9));
    tailAdvanced_1[21] = (^(tailAdvanced_1Mixed & 32'hb446902d));
    tailAdvanced_1[22] = (^(tailAdvanced_1Mixed & 32'h6c5c2184));
    tailAdvanced_1[23] = (^(tailAdvanced_1Mixed & 32'hd8b84309));
    tailAdvanced_1[24] = (^(tailAdvanced_1Mixed & 32'hb5a187cc));
    tailAdvanced_1[25] = (^(tailAdvanced_1Mixed & 32'h6f920e46));
    tailAdvanced_1[26] = (^(tailAdvanced_1Mixed & 32'hdf241c8c));
    tailAdvanced_1[27] = (^(tailAdvanced_1Mixed & 32'hba9938c7));
    tailAdvanced_1[28] = (^(tailAdvanced_1Mixed & 32'h71e37051));
    tailAdvanced_1[29] = (^(tailAdvanced_1Mixed & 32'he3c6e0a3));
    tailAdvanced_1[30] = (^(tailAdvanced_1Mixed & 32'hc35cc098));
    tailAdvanced_1[31] = (^(tailAdvanced_1Mixed & 32'h826880ef));
  end

  assign _zz_tailState_2 = tailLanes_1[1];
  assign tailAdvanced_2Mixed = (tailState_1 ^ _zz_tailAdvanced_2Mixed);
  always @(*) begin
    tailAdvanced_2[0] = (^(tailAdvanced_2Mixed & 32'h000104d1));
    tailAdvanced_2[1] = (^(tailAdvanced_2Mixed & 32'h000209a2));
    tailAdvanced_2[2] = (^(tailAdvanced_2Mixed & 32'h00041344));
    tailAdvanced_2[3] = (^(tailAdvanced_2Mixed & 32'h00082688));
    tailAdvanced_2[4] = (^(tailAdvanced_2Mixed & 32'h00104d10));
    tailAdvanced_2[5] = (^(tailAdvanced_2Mixed & 32'h00209a20));
    tailAdvanced_2[6] = (^(tailAdvanced_2Mixed & 32'h00403091));
    tailAdvanced_2[7] = (^(tailAdvanced_2Mixed & 32'h00806122));
    tailAdvanced_2[8] = (^(tailAdvanced_2Mixed & 32'h0100c245));
    tailAdvanced_2[9] = (^(tailAdvanced_2Mixed & 32'h0200805a));
    tailAdvanced_2[10] = (^(tailAdvanced_2Mixed & 32'h04000464));
    tailAdvanced_2[11] = (^(tailAdvanced_2Mixed & 32'h080008c8));
    tailAdvanced_2[12] = (^(tailAdvanced_2Mixed & 32'h10001191));
    tailAdvanced_2[13] = (^(tailAdvanced_2Mixed & 32'h20002323));
    tailAdvanced_2[14] = (^(tailAdvanced_2Mixed & 32'h40004646));
    tailAdvanced_2[15] = (^(tailAdvanced_2Mixed & 32'h80008c8c));
    tailAdvanced_2[16] = (^(tailAdvanced_2Mixed & 32'h00001dc9));
    tailAdvanced_2[17] = (^(tailAdvanced_2Mixed & 32'h00003b93));
    tailAdvanced_2[18] = (^(tailAdvanced_2Mixed & 32'h00007726));
    tailAdvanced_2[19] = (^(tailAdvanced_2Mixed & 32'h0000ee4d));
    tailAdvanced_2[20] = (^(tailAdvanced_2Mixed & 32'h0000d84b));
    tailAdvanced_2[21] = (^(tailAdvanced_2Mixed & 32'h0000b446));
    tailAdvanced_2[22] = (^(tailAdvanced_2Mixed & 32'h00006c5c));
    tailAdvanced_2[23] = (^(tailAdvanced_2Mixed & 32'h0000d8b8));
    tailAdvanced_2[24] = (^(tailAdvanced_2Mixed & 32'h0000b5a1));
    tailAdvanced_2[25] = (^(tailAdvanced_2Mixed & 32'h00006f92));
    tailAdvanced_2[26] = (^(tailAdvanced_2Mixed & 32'h0000df24));
    tailAdvanced_2[27] = (^(tailAdvanced_2Mixed & 32'h0000ba99));
    tailAdvanced_2[28] = (^(tailAdvanced_2Mixed & 32'h000071e3));
    tailAdvanced_2[29] = (^(tailAdvanced_2Mixed & 32'h0000e3c6));
    tailAdvanced_2[30] = (^(tailAdvanced_2Mixed & 32'h0000c35c));
    tailAdvanced_2[31] = (^(tailAdvanced_2Mixed & 32'h00008268));
  end

  assign tailAdvanced_3Mixed = (tailState_2 ^ _zz_tailAdvanced_3Mixed);
  always @(*) begin
    tailAdvanced_3[0] = (^(tailAdvanced_3Mixed & 32'h00000104));
    tailAdvanced_3[1] = (^(tailAdvanced_3Mixed & 32'h00000209));
    tailAdvanced_3[2] = (^(tailAdvanced_3Mixed & 32'h00000413));
    tailAdvanced_3[3] = (^(tailAdvanced_3Mixed & 32'h00000826));
    tailAdvanced_3[4] = (^(tailAdvanced_3Mixed & 32'h0000104d));
    tailAdvanced_3[5] = (^(tailAdvanced_3Mixed & 32'h0000209a));
    tailAdvanced_3[6] = (^(tailAdvanced_3Mixed & 32'h00004030));
    tailAdvanced_3[7] = (^(tailAdvanced_3Mixed & 32'h00008061));
    tailAdvanced_3[8] = (^(tailAdvanced_3Mixed & 32'h000100c2));
    tailAdvanced_3[9] = (^(tailAdvanced_3Mixed & 32'h00020080));
    tailAdvanced_3[10] = (^(tailAdvanced_3Mixed & 32'h00040004));
    tailAdvanced_3[11] = (^(tailAdvanced_3Mixed & 32'h00080008));
    tailAdvanced_3[12] = (^(tailAdvanced_3Mixed & 32'h00100011));
    tailAdvanced_3[13] = (^(tailAdvanced_3Mixed & 32'h00200023));
    tailAdvanced_3[14] = (^(tailAdvanced_3Mixed & 32'h00400046));
    tailAdvanced_3[15] = (^(tailAdvanced_3Mixed & 32'h0080008c));
    tailAdvanced_3[16] = (^(tailAdvanced_3Mixed & 32'h0100001d));
    tailAdvanced_3[17] = (^(tailAdvanced_3Mixed & 32'h0200003b));
    tailAdvanced_3[18] = (^(tailAdvanced_3Mixed & 32'h04000077));
    tailAdvanced_3[19] = (^(tailAdvanced_3Mixed & 32'h080000ee));
    tailAdvanced_3[20] = (^(tailAdvanced_3Mixed & 32'h100000d8));
    tailAdvanced_3[21] = (^(tailAdvanced_3Mixed & 32'h200000b4));
    tailAdvanced_3[22] = (^(tailAdvanced_3Mixed & 32'h4000006c));
    tailAdvanced_3[23] = (^(tailAdvanced_3Mixed & 32'h800000d8));
    tailAdvanced_3[24] = (^(tailAdvanced_3Mixed & 32'h000000b5));
    tailAdvanced_3[25] = (^(tailAdvanced_3Mixed & 32'h0000006f));
    tailAdvanced_3[26] = (^(tailAdvanced_3Mixed & 32'h000000df));
    tailAdvanced_3[27] = (^(tailAdvanced_3Mixed & 32'h000000ba));
    tailAdvanced_3[28] = (^(tailAdvanced_3Mixed & 32'h00000071));
    tailAdvanced_3[29] = (^(tailAdvanced_3Mixed & 32'h000000e3));
    tailAdvanced_3[30] = (^(tailAdvanced_3Mixed & 32'h000000c3));
    tailAdvanced_3[31] = (^(tailAdvanced_3Mixed & 32'h00000082));
  end

  assign crc = (~ tailState_3);
  assign residueOk = (tailState_3 == 32'hdebb20e3);
  assign enableError = enableErrorSticky;
  always @(posedge clk) begin
    if(reset) begin
      enableErrorSticky <= 1'b0;
      frameEnded <= 1'b0;
      tailState_0 <= 32'hffffffff;
      tailData_0 <= 56'h0;
      tailLanes_0 <= 3'b000;
      tailState_1 <= 32'hffffffff;
      tailData_1 <= 24'h0;
      tailLanes_1 <= 2'b00;
      tailState_2 <= 32'hffffffff;
      tailData_2 <= 8'h0;
      tailLanes_2 <= 1'b0;
      tailState_3 <= 32'hffffffff;
    end else begin
      if(clear) begin
        enableErrorSticky <= 1'b0;
      end
      if(badWord) begin
        enableErrorSticky <= 1'b1;
      end
      if(clear) begin
        frameEnded <= 1'b0;
      end
      if(when_Crc32java_l134) begin
        frameEnded <= 1'b1;
      end
      if(when_Crc32java_l155) begin
        tailState_0 <= loopNext;
        tailData_0 <= data[55 : 0];
        tailLanes_0 <= 3'b000;
        if(when_Crc32java_l159) begin
          tailState_0 <= state;
          tailLanes_0 <= _zz_tailLanes_0;
        end
      end
      tailState_1 <= (_zz_tailState_1 ? tailAdvanced_1 : tailState_0);
      tailData_1 <= (_zz_tailState_1 ? tailData_0[55 : 32] : tailData_0[23 : 0]);
      tailLanes_1 <= tailLanes_0[1 : 0];
      tailState_2 <= (_zz_tailState_2 ? tailAdvanced_2 : tailState_1);
      tailData_2 <= (_zz_tailState_2 ? tailData_1[23 : 16] : tailData_1[7 : 0]);
      tailLanes_2 <= tailLanes_1[0 : 0];
      tailState_3 <= (tailLanes_2[0] ? tailAdvanced_3 : tailState_2);
    end
  end

  always @(posedge clk) begin
    state <= loopNext;
  end


endmodule
