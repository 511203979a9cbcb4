// Generator : SpinalHDL v1.14.2    git head : 78f29dc66110fc099a777992b6daa2f803ab445e
// Component : RxChecker

`timescale 1ns/1ps

module RxChecker (
  input  wire          rxValid,
  input  wire [7:0]    rxData,
  input  wire          rxLast,
  input  wire          rxDribble,
  input  wire [13:0]   maxLength,
  output wire          outValid,
  output wire [7:0]    outData,
  output wire          outLast,
  output wire          fcsError,
  output wire          alignmentError,
  output wire          runt,
  output wire          giant,
  output wire [13:0]   length,
  output wire [5:0]    destinationHash,
  input  wire          clk,
  input  wire          reset
);

  wire                fcsCheck_clear;
  wire       [31:0]   fcsCheck_crc;
  wire                fcsCheck_residueOk;
  wire                fcsCheck_enableError;
  wire       [13:0]   _zz_count;
  wire       [13:0]   _zz_giant;
  reg                 validReg;
  reg        [7:0]    dataReg;
  reg                 lastReg;
  reg                 dribbleReg;
  reg                 firstByte;
  reg        [13:0]   count;
  reg        [5:0]    hashReg;
  wire                when_RxCheckerjava_l109;
  wire                _zz_fcsError;

  assign _zz_count = (count + 14'h0001);
  assign _zz_giant = (maxLength + 14'h0004);
  Crc32W8 fcsCheck (
    .clear       (fcsCheck_clear      ), //i
    .valid       (rxValid             ), //i
    .data        (rxData[7:0]         ), //i
    .byteEnable  (1'b1                ), //i
    .crc         (fcsCheck_crc[31:0]  ), //o
    .residueOk   (fcsCheck_residueOk  ), //o
    .enableError (fcsCheck_enableError), //o
    .clk         (clk                 ), //i
    .reset       (reset               )  //i
  );
  assign fcsCheck_clear = (rxValid && firstByte);
  assign when_RxCheckerjava_l109 = ((rxValid && (count == 14'h0006)) && (! firstByte));
  assign destinationHash = hashReg;
  assign _zz_fcsError = (! fcsCheck_residueOk);
  assign outValid = validReg;
  assign outData = dataReg;
  assign outLast = lastReg;
  assign fcsError = ((lastReg && _zz_fcsError) && (! dribbleReg));
  assign alignmentError = ((lastReg && _zz_fcsError) && dribbleReg);
  assign runt = (lastReg && (count < 14'h0040));
  assign giant = (lastReg && (_zz_giant < count));
  assign length = count;
  always @(posedge clk or posedge reset) begin
    if(reset) begin
      validReg <= 1'b0;
      dataReg <= 8'h0;
      lastReg <= 1'b0;
      dribbleReg <= 1'b0;
      firstByte <= 1'b1;
      count <= 14'h0;
      hashReg <= 6'h0;
    end else begin
      validReg <= rxValid;
      dataReg <= rxData;
      lastReg <= (rxValid && rxLast);
      dribbleReg <= rxDribble;
      if(rxValid) begin
        firstByte <= rxLast;
        count <= (firstByte ? 14'h0001 : ((count == 14'h3fff) ? count : _zz_count));
      end
      if(when_RxCheckerjava_l109) begin
        hashReg <= fcsCheck_crc[31 : 26];
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
