// Generator : SpinalHDL v1.14.2    git head : 78f29dc66110fc099a777992b6daa2f803ab445e
// Component : ManchesterPhy

`timescale 1ns/1ps

module ManchesterPhy (
  input  wire          miiClk,
  input  wire          miiTxEn,
  input  wire          miiTxEr,
  input  wire [3:0]    miiTxd,
  output wire          miiRxDv,
  output wire          miiRxEr,
  output wire [3:0]    miiRxd,
  output wire          miiCrs,
  output wire          miiCol,
  output wire          lineOutActive,
  output wire          lineOutLevel,
  input  wire          lineInActive,
  input  wire          lineInLevel,
  input  wire          reset,
  input  wire          clk
);

  wire       [3:0]    elastic_spinal_port1;
  wire                encoder_txReady;
  wire                encoder_lineActive;
  wire                encoder_lineLevel;
  wire                decoder_bitValid;
  wire                decoder_bitData;
  wire                decoder_locked;
  wire                framer_nibbleValid;
  wire       [3:0]    framer_nibbleData;
  wire                framer_frameEnd;
  wire       [2:0]    _zz_elastic_port;
  wire                _zz_elastic_port_1;
  reg                 miiToggle;
  reg                 toggleSeen;
  wire                miiEdgePassed;
  reg                 txHeldEn;
  reg        [3:0]    txHeld;
  reg                 crsOut;
  reg                 colOut;
  reg        [3:0]    writePointer;
  reg        [3:0]    readPointer;
  reg                 ending;
  reg                 rxDvOut;
  reg                 rxErOut;
  reg        [3:0]    rxdOut;
  wire       [3:0]    _zz_when_ManchesterPhyjava_l142;
  wire                when_ManchesterPhyjava_l142;
  wire       [2:0]    _zz_rxdOut;
  wire                when_ManchesterPhyjava_l146;
  wire                when_ManchesterPhyjava_l151;
  (* ram_style = "distributed" *) reg [3:0] elastic [0:7];

  assign _zz_elastic_port = writePointer[2:0];
  assign _zz_elastic_port_1 = (framer_nibbleValid && (! when_ManchesterPhyjava_l142));
  always @(posedge clk) begin
    if(_zz_elastic_port_1) begin
      elastic[_zz_elastic_port] <= framer_nibbleData;
    end
  end

  assign elastic_spinal_port1 = elastic[_zz_rxdOut];
  ManchesterEncoder encoder (
    .txValid    (txHeldEn          ), //i
    .txData     (txHeld[3:0]       ), //i
    .txReady    (encoder_txReady   ), //o
    .lineActive (encoder_lineActive), //o
    .lineLevel  (encoder_lineLevel ), //o
    .clk        (clk               ), //i
    .reset      (reset             )  //i
  );
  ManchesterDecoder decoder (
    .lineActive (lineInActive    ), //i
    .lineLevel  (lineInLevel     ), //i
    .bitValid   (decoder_bitValid), //o
    .bitData    (decoder_bitData ), //o
    .locked     (decoder_locked  ), //o
    .clk        (clk             ), //i
    .reset      (reset           )  //i
  );
  RxNibbleFramer framer (
    .bitValid    (decoder_bitValid      ), //i
    .bitData     (decoder_bitData       ), //i
    .locked      (decoder_locked        ), //i
    .nibbleValid (framer_nibbleValid    ), //o
    .nibbleData  (framer_nibbleData[3:0]), //o
    .frameEnd    (framer_frameEnd       ), //o
    .clk         (clk                   ), //i
    .reset       (reset                 )  //i
  );
  assign miiEdgePassed = (miiToggle ^ toggleSeen);
  assign lineOutActive = encoder_lineActive;
  assign lineOutLevel = encoder_lineLevel;
  assign miiCrs = crsOut;
  assign miiCol = colOut;
  assign _zz_when_ManchesterPhyjava_l142 = (writePointer - readPointer);
  assign when_ManchesterPhyjava_l142 = (_zz_when_ManchesterPhyjava_l142 == 4'b1000);
  assign _zz_rxdOut = readPointer[2:0];
  assign when_ManchesterPhyjava_l146 = (! (_zz_when_ManchesterPhyjava_l142 == 4'b0000));
  assign when_ManchesterPhyjava_l151 = (rxDvOut && ending);
  assign miiRxDv = rxDvOut;
  assign miiRxEr = rxErOut;
  assign miiRxd = rxdOut;
  always @(posedge miiClk or posedge reset) begin
    if(reset) begin
      miiToggle <= 1'b0;
    end else begin
      miiToggle <= (! miiToggle);
    end
  end

  always @(posedge clk or posedge reset) begin
    if(reset) begin
      toggleSeen <= 1'b0;
      txHeldEn <= 1'b0;
      txHeld <= 4'b0000;
      crsOut <= 1'b0;
      colOut <= 1'b0;
      writePointer <= 4'b0000;
      readPointer <= 4'b0000;
      ending <= 1'b0;
      rxDvOut <= 1'b0;
      rxErOut <= 1'b0;
      rxdOut <= 4'b0000;
    end else begin
      toggleSeen <= miiToggle;
      if(miiEdgePassed) begin
        txHeldEn <= miiTxEn;
        txHeld <= miiTxd;
      end
      crsOut <= (encoder_lineActive || lineInActive);
      colOut <= (encoder_lineActive && lineInActive);
      if(framer_nibbleValid) begin
        if(when_ManchesterPhyjava_l142) begin
          rxErOut <= rxDvOut;
        end else begin
          writePointer <= (writePointer + 4'b0001);
        end
      end
      if(framer_frameEnd) begin
        ending <= 1'b1;
      end
      if(miiEdgePassed) begin
        if(when_ManchesterPhyjava_l146) begin
          rxdOut <= elastic_spinal_port1;
          readPointer <= (readPointer + 4'b0001);
          rxDvOut <= 1'b1;
        end else begin
          if(when_ManchesterPhyjava_l151) begin
            rxDvOut <= 1'b0;
            rxErOut <= 1'b0;
            ending <= 1'b0;
          end else begin
            if(rxDvOut) begin
              rxErOut <= 1'b1;
            end
          end
        end
      end
    end
  end


endmodule

module RxNibbleFramer (
  input  wire          bitValid,
  input  wire          bitData,
  input  wire          locked,
  output reg           nibbleValid,
  output reg  [3:0]    nibbleData,
  output reg           frameEnd,
  input  wire          clk,
  input  wire          reset
);

  reg        [1:0]    state;
  reg        [6:0]    shift;
  reg        [1:0]    bitCount;
  reg                 wasLocked;
  wire       [7:0]    shifted;
  wire                when_RxNibbleFramerjava_l77;
  wire                when_RxNibbleFramerjava_l78;
  wire                when_RxNibbleFramerjava_l97;
  wire                when_RxNibbleFramerjava_l99;
  wire                when_RxNibbleFramerjava_l89;

  assign shifted = {bitData,shift};
  always @(*) begin
    nibbleValid = 1'b0;
    if(when_RxNibbleFramerjava_l77) begin
      if(when_RxNibbleFramerjava_l78) begin
        nibbleValid = (|bitCount);
      end
    end else begin
      if(when_RxNibbleFramerjava_l89) begin
        nibbleValid = 1'b1;
      end else begin
        if(bitValid) begin
          if(when_RxNibbleFramerjava_l97) begin
            if(when_RxNibbleFramerjava_l99) begin
              nibbleValid = 1'b1;
            end
          end else begin
            nibbleValid = (bitCount == 2'b11);
          end
        end
      end
    end
  end

  always @(*) begin
    nibbleData = shifted[7 : 4];
    if(when_RxNibbleFramerjava_l77) begin
      if(when_RxNibbleFramerjava_l78) begin
        nibbleData = shift[6 : 3];
      end
    end else begin
      if(when_RxNibbleFramerjava_l89) begin
        nibbleData = 4'b1101;
      end else begin
        if(bitValid) begin
          if(when_RxNibbleFramerjava_l97) begin
            if(when_RxNibbleFramerjava_l99) begin
              nibbleData = 4'b0101;
            end
          end
        end
      end
    end
  end

  always @(*) begin
    frameEnd = 1'b0;
    if(when_RxNibbleFramerjava_l77) begin
      if(when_RxNibbleFramerjava_l78) begin
        frameEnd = 1'b1;
      end
    end
  end

  assign when_RxNibbleFramerjava_l77 = (wasLocked && (! locked));
  assign when_RxNibbleFramerjava_l78 = (! (state == 2'b00));
  assign when_RxNibbleFramerjava_l97 = (state == 2'b00);
  assign when_RxNibbleFramerjava_l99 = (shifted == 8'hd5);
  assign when_RxNibbleFramerjava_l89 = (state == 2'b01);
  always @(posedge clk or posedge reset) begin
    if(reset) begin
      state <= 2'b00;
      shift <= 7'h0;
      bitCount <= 2'b00;
      wasLocked <= 1'b0;
    end else begin
      wasLocked <= locked;
      if(when_RxNibbleFramerjava_l77) begin
        shift <= 7'h0;
        state <= 2'b00;
      end else begin
        if(when_RxNibbleFramerjava_l89) begin
          state <= 2'b10;
        end else begin
          if(bitValid) begin
            shift <= shifted[7 : 1];
            if(when_RxNibbleFramerjava_l97) begin
              if(when_RxNibbleFramerjava_l99) begin
                bitCount <= 2'b00;
                state <= 2'b01;
              end
            end else begin
              bitCount <= (bitCount + 2'b01);
            end
          end
        end
      end
    end
  end


endmodule

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
