// Generator : SpinalHDL v1.14.2    git head : 78f29dc66110fc099a777992b6daa2f803ab445e
// Component : ManchesterDecoder

`timescale 1ns/1ps

module ManchesterDecoder (
  input  wire          lineActive,
  input  wire          lineLevel,
  output reg           bitValid,
  output wire          bitData,
  output wire          locked,
  input  wire          clk,
  input  wire          reset
);

  reg        [2:0]    activeSync;
  reg        [3:0]    levelSync;
  wire                _zz_filteredLevel;
  wire                _zz_filteredLevel_1;
  wire                _zz_filteredLevel_2;
  wire                filteredLevel;
  wire                _zz_previousActive;
  reg                 previousLevel;
  reg                 previousActive;
  wire                transition;
  reg        [4:0]    sinceMidBit;
  reg                 lockedReg;
  wire                when_ManchesterDecoderjava_l108;
  wire                when_ManchesterDecoderjava_l95;
  wire                when_ManchesterDecoderjava_l96;
  wire                when_ManchesterDecoderjava_l97;
  wire                when_ManchesterDecoderjava_l104;

  assign _zz_filteredLevel = levelSync[1];
  assign _zz_filteredLevel_1 = levelSync[2];
  assign _zz_filteredLevel_2 = levelSync[3];
  assign filteredLevel = (((_zz_filteredLevel && _zz_filteredLevel_1) || (_zz_filteredLevel_1 && _zz_filteredLevel_2)) || (_zz_filteredLevel && _zz_filteredLevel_2));
  assign _zz_previousActive = activeSync[2];
  assign transition = ((_zz_previousActive && previousActive) && (filteredLevel ^ previousLevel));
  assign when_ManchesterDecoderjava_l108 = (5'h0c <= sinceMidBit);
  always @(*) begin
    bitValid = 1'b0;
    if(!when_ManchesterDecoderjava_l96) begin
      if(when_ManchesterDecoderjava_l97) begin
        if(transition) begin
          bitValid = 1'b1;
        end
      end else begin
        if(when_ManchesterDecoderjava_l104) begin
          bitValid = 1'b1;
        end
      end
    end
  end

  assign bitData = filteredLevel;
  assign when_ManchesterDecoderjava_l95 = (sinceMidBit < 5'h10);
  assign when_ManchesterDecoderjava_l96 = (! _zz_previousActive);
  assign when_ManchesterDecoderjava_l97 = (! lockedReg);
  assign when_ManchesterDecoderjava_l104 = (transition && (5'h06 <= sinceMidBit));
  assign locked = lockedReg;
  always @(posedge clk or posedge reset) begin
    if(reset) begin
      activeSync <= 3'b000;
      levelSync <= 4'b0000;
      previousLevel <= 1'b0;
      previousActive <= 1'b0;
      sinceMidBit <= 5'h0;
      lockedReg <= 1'b0;
    end else begin
      activeSync <= {activeSync[1 : 0],lineActive};
      levelSync <= {levelSync[2 : 0],lineLevel};
      previousLevel <= filteredLevel;
      previousActive <= _zz_previousActive;
      if(when_ManchesterDecoderjava_l95) begin
        sinceMidBit <= (sinceMidBit + 5'h01);
      end
      if(when_ManchesterDecoderjava_l96) begin
        lockedReg <= 1'b0;
      end else begin
        if(when_ManchesterDecoderjava_l97) begin
          if(transition) begin
            lockedReg <= 1'b1;
            sinceMidBit <= 5'h0;
          end
        end else begin
          if(when_ManchesterDecoderjava_l104) begin
            sinceMidBit <= 5'h0;
          end else begin
            if(when_ManchesterDecoderjava_l108) begin
              lockedReg <= 1'b0;
            end
          end
        end
      end
    end
  end


endmodule
