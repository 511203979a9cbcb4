// Generator : SpinalHDL v1.14.2    git head : 78f29dc66110fc099a777992b6daa2f803ab445e
// Component : MacPhy

`timescale 1ns/1ps

module MacPhy (
  input  wire          miiClk,
  input  wire          frameValid,
  output wire          frameReady,
  input  wire [7:0]    frameData,
  input  wire          frameLast,
  input  wire          clear,
  input  wire [13:0]   maxLength,
  input  wire [47:0]   stationAddress,
  input  wire          promiscuous,
  input  wire [63:0]   multicastHash,
  output wire          txSent,
  output wire          txUnderflow,
  input  wire          halfDuplex,
  output wire          frameRewind,
  output wire          frameDiscard,
  output wire          txCollision,
  output wire          txLateCollision,
  output wire          txExcessiveCollisions,
  output wire          txDeferred,
  output wire          rxValid,
  output wire [7:0]    rxData,
  output wire          rxLast,
  output wire [13:0]   rxLength,
  output wire          rxAccept,
  output wire          rxUnicast,
  output wire          rxBroadcast,
  output wire          rxMulticast,
  output wire          rxFcsError,
  output wire          rxAlignmentError,
  output wire          rxRunt,
  output wire          rxGiant,
  output wire          lineOutActive,
  output wire [7:0]    lineOutLevel,
  input  wire [7:0]    lineInActive,
  input  wire [7:0]    lineInLevel,
  output wire          monitorRxDv,
  output wire [3:0]    monitorRxd,
  output wire          monitorRxEr,
  output wire          monitorBackoff,
  output wire [9:0]    monitorBackoffSlots,
  output wire [4:0]    monitorCollisions,
  output wire          monitorDeferred,
  input  wire          reset,
  input  wire          clk
);

  wire       [9:0]    csma_backoffSeed;
  wire                tx_frameReady;
  wire                tx_txValid;
  wire       [7:0]    tx_txData;
  wire                tx_sent;
  wire                tx_underflow;
  wire                csma_macReady;
  wire                csma_macAbort;
  wire                csma_lineValid;
  wire       [7:0]    csma_lineData;
  wire                csma_rewind;
  wire                csma_discard;
  wire                csma_collision;
  wire                csma_lateCollision;
  wire                csma_excessiveCollisions;
  wire                csma_deferred;
  wire       [9:0]    csma_drawnSlots;
  wire       [4:0]    csma_collidedAttempts;
  wire                rxCheck_outValid;
  wire       [7:0]    rxCheck_outData;
  wire                rxCheck_outLast;
  wire                rxCheck_fcsError;
  wire                rxCheck_alignmentError;
  wire                rxCheck_runt;
  wire                rxCheck_giant;
  wire       [13:0]   rxCheck_length;
  wire       [5:0]    rxCheck_destinationHash;
  wire                reconciliation_1_phyReady;
  wire                reconciliation_1_carrierSense;
  wire                reconciliation_1_rxValid;
  wire       [7:0]    reconciliation_1_rxData;
  wire                reconciliation_1_rxLast;
  wire                reconciliation_1_rxDribble;
  wire                reconciliation_1_miiTxEn;
  wire                reconciliation_1_miiTxEr;
  wire       [3:0]    reconciliation_1_miiTxd;
  wire                filter_accept;
  wire                filter_unicastMatch;
  wire                filter_broadcastMatch;
  wire                filter_multicastMatch;
  wire                phy_miiRxDv;
  wire                phy_miiRxEr;
  wire       [3:0]    phy_miiRxd;
  wire                phy_miiCrs;
  wire                phy_miiCol;
  wire                phy_lineOutActive;
  wire       [7:0]    phy_lineOutLevel;
  reg                 _zz_monitorBackoff;
  reg                 _zz_monitorDeferred;

  MacTx tx (
    .frameValid (frameValid    ), //i
    .frameReady (tx_frameReady ), //o
    .frameData  (frameData[7:0]), //i
    .frameLast  (frameLast     ), //i
    .txValid    (tx_txValid    ), //o
    .txData     (tx_txData[7:0]), //o
    .txReady    (csma_macReady ), //i
    .sent       (tx_sent       ), //o
    .underflow  (tx_underflow  ), //o
    .abortFrame (csma_macAbort ), //i
    .miiClk     (miiClk        ), //i
    .reset      (reset         ), //i
    .clear      (clear         )  //i
  );
  CsmaCd csma (
    .macValid            (tx_txValid                   ), //i
    .macData             (tx_txData[7:0]               ), //i
    .macReady            (csma_macReady                ), //o
    .macAbort            (csma_macAbort                ), //o
    .lineValid           (csma_lineValid               ), //o
    .lineData            (csma_lineData[7:0]           ), //o
    .phyReady            (reconciliation_1_phyReady    ), //i
    .carrierSense        (reconciliation_1_carrierSense), //i
    .frameWaiting        (frameValid                   ), //i
    .halfDuplex          (halfDuplex                   ), //i
    .backoffSeed         (csma_backoffSeed[9:0]        ), //i
    .rewind              (csma_rewind                  ), //o
    .discard             (csma_discard                 ), //o
    .collision           (csma_collision               ), //o
    .lateCollision       (csma_lateCollision           ), //o
    .excessiveCollisions (csma_excessiveCollisions     ), //o
    .deferred            (csma_deferred                ), //o
    .drawnSlots          (csma_drawnSlots[9:0]         ), //o
    .collidedAttempts    (csma_collidedAttempts[4:0]   ), //o
    .miiClk              (miiClk                       ), //i
    .reset               (reset                        ), //i
    .clear               (clear                        )  //i
  );
  RxChecker rxCheck (
    .rxValid         (reconciliation_1_rxValid    ), //i
    .rxData          (reconciliation_1_rxData[7:0]), //i
    .rxLast          (reconciliation_1_rxLast     ), //i
    .rxDribble       (reconciliation_1_rxDribble  ), //i
    .maxLength       (maxLength[13:0]             ), //i
    .outValid        (rxCheck_outValid            ), //o
    .outData         (rxCheck_outData[7:0]        ), //o
    .outLast         (rxCheck_outLast             ), //o
    .fcsError        (rxCheck_fcsError            ), //o
    .alignmentError  (rxCheck_alignmentError      ), //o
    .runt            (rxCheck_runt                ), //o
    .giant           (rxCheck_giant               ), //o
    .length          (rxCheck_length[13:0]        ), //o
    .destinationHash (rxCheck_destinationHash[5:0]), //o
    .miiClk          (miiClk                      ), //i
    .reset           (reset                       ), //i
    .clear           (clear                       )  //i
  );
  Reconciliation reconciliation_1 (
    .lineValid    (csma_lineValid               ), //i
    .lineData     (csma_lineData[7:0]           ), //i
    .phyReady     (reconciliation_1_phyReady    ), //o
    .carrierSense (reconciliation_1_carrierSense), //o
    .rxValid      (reconciliation_1_rxValid     ), //o
    .rxData       (reconciliation_1_rxData[7:0] ), //o
    .rxLast       (reconciliation_1_rxLast      ), //o
    .rxDribble    (reconciliation_1_rxDribble   ), //o
    .miiTxEn      (reconciliation_1_miiTxEn     ), //o
    .miiTxEr      (reconciliation_1_miiTxEr     ), //o
    .miiTxd       (reconciliation_1_miiTxd[3:0] ), //o
    .miiRxDv      (phy_miiRxDv                  ), //i
    .miiRxEr      (phy_miiRxEr                  ), //i
    .miiRxd       (phy_miiRxd[3:0]              ), //i
    .miiCrs       (phy_miiCrs                   ), //i
    .miiCol       (phy_miiCol                   ), //i
    .miiClk       (miiClk                       ), //i
    .reset        (reset                        ), //i
    .clear        (clear                        )  //i
  );
  AddressFilter filter (
    .rxValid         (rxCheck_outValid            ), //i
    .rxData          (rxCheck_outData[7:0]        ), //i
    .rxLast          (rxCheck_outLast             ), //i
    .stationAddress  (stationAddress[47:0]        ), //i
    .promiscuous     (promiscuous                 ), //i
    .multicastHash   (multicastHash[63:0]         ), //i
    .destinationHash (rxCheck_destinationHash[5:0]), //i
    .accept          (filter_accept               ), //o
    .unicastMatch    (filter_unicastMatch         ), //o
    .broadcastMatch  (filter_broadcastMatch       ), //o
    .multicastMatch  (filter_multicastMatch       ), //o
    .miiClk          (miiClk                      ), //i
    .reset           (reset                       ), //i
    .clear           (clear                       )  //i
  );
  ManchesterPhy phy (
    .miiTxEn       (reconciliation_1_miiTxEn    ), //i
    .miiTxEr       (reconciliation_1_miiTxEr    ), //i
    .miiTxd        (reconciliation_1_miiTxd[3:0]), //i
    .miiRxDv       (phy_miiRxDv                 ), //o
    .miiRxEr       (phy_miiRxEr                 ), //o
    .miiRxd        (phy_miiRxd[3:0]             ), //o
    .miiCrs        (phy_miiCrs                  ), //o
    .miiCol        (phy_miiCol                  ), //o
    .lineOutActive (phy_lineOutActive           ), //o
    .lineOutLevel  (phy_lineOutLevel[7:0]       ), //o
    .lineInActive  (lineInActive[7:0]           ), //i
    .lineInLevel   (lineInLevel[7:0]            ), //i
    .miiClk        (miiClk                      ), //i
    .reset         (reset                       ), //i
    .clear         (clear                       ), //i
    .clk           (clk                         )  //i
  );
  assign frameReady = tx_frameReady;
  assign txSent = tx_sent;
  assign txUnderflow = tx_underflow;
  assign csma_backoffSeed = {stationAddress[39 : 38],stationAddress[47 : 40]};
  assign frameRewind = csma_rewind;
  assign monitorBackoff = _zz_monitorBackoff;
  assign monitorBackoffSlots = csma_drawnSlots;
  assign monitorCollisions = csma_collidedAttempts;
  assign monitorDeferred = _zz_monitorDeferred;
  assign frameDiscard = csma_discard;
  assign txCollision = csma_collision;
  assign txLateCollision = csma_lateCollision;
  assign txExcessiveCollisions = csma_excessiveCollisions;
  assign txDeferred = csma_deferred;
  assign rxValid = rxCheck_outValid;
  assign rxData = rxCheck_outData;
  assign rxLast = rxCheck_outLast;
  assign rxLength = rxCheck_length;
  assign rxFcsError = rxCheck_fcsError;
  assign rxAlignmentError = rxCheck_alignmentError;
  assign rxRunt = rxCheck_runt;
  assign rxGiant = rxCheck_giant;
  assign rxAccept = filter_accept;
  assign rxUnicast = filter_unicastMatch;
  assign rxBroadcast = filter_broadcastMatch;
  assign rxMulticast = filter_multicastMatch;
  assign lineOutActive = phy_lineOutActive;
  assign lineOutLevel = phy_lineOutLevel;
  assign monitorRxDv = phy_miiRxDv;
  assign monitorRxd = phy_miiRxd;
  assign monitorRxEr = phy_miiRxEr;
  always @(posedge miiClk) begin
    if(reset || clear) begin
      _zz_monitorBackoff <= 1'b0;
      _zz_monitorDeferred <= 1'b0;
    end else begin
      _zz_monitorBackoff <= csma_rewind;
      _zz_monitorDeferred <= csma_deferred;
    end
  end


endmodule

module ManchesterPhy (
  input  wire          miiTxEn,
  input  wire          miiTxEr,
  input  wire [3:0]    miiTxd,
  output wire          miiRxDv,
  output wire          miiRxEr,
  output wire [3:0]    miiRxd,
  output wire          miiCrs,
  output wire          miiCol,
  output wire          lineOutActive,
  output wire [7:0]    lineOutLevel,
  input  wire [7:0]    lineInActive,
  input  wire [7:0]    lineInLevel,
  input  wire          miiClk,
  input  wire          reset,
  input  wire          clear,
  input  wire          clk
);

  wire       [3:0]    elastic_spinal_port2;
  wire                encoder_txReady;
  wire                encoder_lineActive;
  wire       [7:0]    encoder_lineLevel;
  wire       [1:0]    decoder_bitCount;
  wire       [1:0]    decoder_bits;
  wire                decoder_lockLost;
  wire       [1:0]    framer_nibbleCount;
  wire       [7:0]    framer_nibbles;
  wire                framer_frameEnd;
  wire       [3:0]    _zz_when_ManchesterPhyjava_l154_1;
  wire       [3:0]    _zz_when_ManchesterPhyjava_l154_2;
  wire       [3:0]    _zz_elastic_port;
  wire                _zz_elastic_port_1;
  wire       [2:0]    _zz_elastic_port_2;
  wire       [3:0]    _zz_elastic_port_3;
  wire                _zz_elastic_port_4;
  wire       [3:0]    _zz_writePointer;
  reg                 miiToggle;
  reg                 toggleSeen;
  wire                miiEdgePassed;
  reg                 txHeldEn;
  reg        [3:0]    txHeld;
  reg                 crsOut;
  reg                 colOut;
  wire                _zz_crsOut;
  reg        [3:0]    writePointer;
  reg        [3:0]    readPointer;
  reg                 ending;
  reg                 rxDvOut;
  reg                 rxErOut;
  reg        [3:0]    rxdOut;
  wire       [3:0]    _zz_when_ManchesterPhyjava_l154;
  wire                when_ManchesterPhyjava_l154;
  wire       [2:0]    _zz_1;
  wire       [2:0]    _zz_rxdOut;
  wire                when_ManchesterPhyjava_l153;
  wire                when_ManchesterPhyjava_l159;
  wire                when_ManchesterPhyjava_l164;
  (* ram_style = "distributed" *) reg [3:0] elastic [0:7];

  assign _zz_when_ManchesterPhyjava_l154_1 = {2'd0, framer_nibbleCount};
  assign _zz_when_ManchesterPhyjava_l154_2 = (4'b1000 - _zz_when_ManchesterPhyjava_l154);
  assign _zz_elastic_port_2 = (_zz_1 + 3'b001);
  assign _zz_writePointer = {2'd0, framer_nibbleCount};
  assign _zz_elastic_port = framer_nibbles[3 : 0];
  assign _zz_elastic_port_1 = (when_ManchesterPhyjava_l153 && when_ManchesterPhyjava_l154);
  assign _zz_elastic_port_3 = framer_nibbles[7 : 4];
  assign _zz_elastic_port_4 = ((framer_nibbleCount == 2'b10) && when_ManchesterPhyjava_l154);
  always @(posedge clk) begin
    if(_zz_elastic_port_1) begin
      elastic[_zz_1] <= _zz_elastic_port;
    end
  end

  always @(posedge clk) begin
    if(_zz_elastic_port_4) begin
      elastic[_zz_elastic_port_2] <= _zz_elastic_port_3;
    end
  end

  assign elastic_spinal_port2 = elastic[_zz_rxdOut];
  ManchesterEncoder encoder (
    .txValid    (txHeldEn              ), //i
    .txData     (txHeld[3:0]           ), //i
    .txReady    (encoder_txReady       ), //o
    .lineActive (encoder_lineActive    ), //o
    .lineLevel  (encoder_lineLevel[7:0]), //o
    .clk        (clk                   ), //i
    .reset      (reset                 ), //i
    .clear      (clear                 )  //i
  );
  ManchesterDecoder decoder (
    .lineActive (lineInActive[7:0]    ), //i
    .lineLevel  (lineInLevel[7:0]     ), //i
    .bitCount   (decoder_bitCount[1:0]), //o
    .bits       (decoder_bits[1:0]    ), //o
    .lockLost   (decoder_lockLost     ), //o
    .clk        (clk                  ), //i
    .reset      (reset                ), //i
    .clear      (clear                )  //i
  );
  RxNibbleFramer framer (
    .bitCount    (decoder_bitCount[1:0]  ), //i
    .bits        (decoder_bits[1:0]      ), //i
    .lockLost    (decoder_lockLost       ), //i
    .nibbleCount (framer_nibbleCount[1:0]), //o
    .nibbles     (framer_nibbles[7:0]    ), //o
    .frameEnd    (framer_frameEnd        ), //o
    .clk         (clk                    ), //i
    .reset       (reset                  ), //i
    .clear       (clear                  )  //i
  );
  assign miiEdgePassed = (miiToggle ^ toggleSeen);
  assign lineOutActive = encoder_lineActive;
  assign lineOutLevel = encoder_lineLevel;
  assign _zz_crsOut = (|lineInActive);
  assign miiCrs = crsOut;
  assign miiCol = colOut;
  assign _zz_when_ManchesterPhyjava_l154 = (writePointer - readPointer);
  assign when_ManchesterPhyjava_l154 = (_zz_when_ManchesterPhyjava_l154_1 <= _zz_when_ManchesterPhyjava_l154_2);
  assign _zz_1 = writePointer[2:0];
  assign _zz_rxdOut = readPointer[2:0];
  assign when_ManchesterPhyjava_l153 = (framer_nibbleCount != 2'b00);
  assign when_ManchesterPhyjava_l159 = (! (_zz_when_ManchesterPhyjava_l154 == 4'b0000));
  assign when_ManchesterPhyjava_l164 = (rxDvOut && ending);
  assign miiRxDv = rxDvOut;
  assign miiRxEr = rxErOut;
  assign miiRxd = rxdOut;
  always @(posedge miiClk) begin
    if(reset || clear) begin
      miiToggle <= 1'b0;
    end else begin
      miiToggle <= (! miiToggle);
    end
  end

  always @(posedge clk) begin
    if(reset || clear) begin
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
      crsOut <= (encoder_lineActive || _zz_crsOut);
      colOut <= (encoder_lineActive && _zz_crsOut);
      if(when_ManchesterPhyjava_l153) begin
        if(when_ManchesterPhyjava_l154) begin
          writePointer <= (writePointer + _zz_writePointer);
        end else begin
          rxErOut <= rxDvOut;
        end
      end
      if(framer_frameEnd) begin
        ending <= 1'b1;
      end
      if(miiEdgePassed) begin
        if(when_ManchesterPhyjava_l159) begin
          rxdOut <= elastic_spinal_port2;
          readPointer <= (readPointer + 4'b0001);
          rxDvOut <= 1'b1;
        end else begin
          if(when_ManchesterPhyjava_l164) begin
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
  input  wire          miiClk,
  input  wire          reset,
  input  wire          clear
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
  always @(posedge miiClk) begin
    if(reset || clear) begin
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

  always @(posedge miiClk) begin
    byteMatched <= (rxData == stationAddress[_zz_byteMatched +: 8]);
  end


endmodule

module Reconciliation (
  input  wire          lineValid,
  input  wire [7:0]    lineData,
  output wire          phyReady,
  output wire          carrierSense,
  output wire          rxValid,
  output wire [7:0]    rxData,
  output wire          rxLast,
  output wire          rxDribble,
  output wire          miiTxEn,
  output wire          miiTxEr,
  output wire [3:0]    miiTxd,
  input  wire          miiRxDv,
  input  wire          miiRxEr,
  input  wire [3:0]    miiRxd,
  input  wire          miiCrs,
  input  wire          miiCol,
  input  wire          miiClk,
  input  wire          reset,
  input  wire          clear
);

  reg                 delimiter_byteValid;
  wire       [7:0]    delimiter_byteData;
  reg                 delimiter_frameEnd;
  reg                 delimiter_dribbleIn;
  wire                delimiter_rxValid;
  wire       [7:0]    delimiter_rxData;
  wire                delimiter_rxLast;
  wire                delimiter_rxDribble;
  reg                 rxDvIn;
  reg                 rxErIn;
  reg        [3:0]    rxdIn;
  reg                 crsIn;
  reg                 colIn;
  reg                 secondNibble;
  reg        [7:0]    txByte;
  reg                 txByteValid;
  reg                 ownCarrier;
  reg        [2:0]    tailCount;
  wire                when_Reconciliationjava_l121;
  reg        [1:0]    state;
  reg        [3:0]    lowNibble;
  reg                 haveLow;
  reg                 wasDv;
  wire                when_Reconciliationjava_l138;
  wire                when_Reconciliationjava_l139;
  wire                when_Reconciliationjava_l143;
  wire                when_Reconciliationjava_l142;
  wire                when_Reconciliationjava_l148;

  FrameDelimiter delimiter (
    .byteValid (delimiter_byteValid    ), //i
    .byteData  (delimiter_byteData[7:0]), //i
    .frameEnd  (delimiter_frameEnd     ), //i
    .dribbleIn (delimiter_dribbleIn    ), //i
    .rxValid   (delimiter_rxValid      ), //o
    .rxData    (delimiter_rxData[7:0]  ), //o
    .rxLast    (delimiter_rxLast       ), //o
    .rxDribble (delimiter_rxDribble    ), //o
    .miiClk    (miiClk                 ), //i
    .reset     (reset                  ), //i
    .clear     (clear                  )  //i
  );
  assign phyReady = secondNibble;
  assign miiTxEn = txByteValid;
  assign miiTxEr = 1'b0;
  assign miiTxd = (secondNibble ? txByte[7 : 4] : txByte[3 : 0]);
  assign when_Reconciliationjava_l121 = ((! crsIn) || (tailCount == 3'b100));
  assign carrierSense = (colIn || (crsIn && (! (txByteValid || ownCarrier))));
  always @(*) begin
    delimiter_byteValid = 1'b0;
    if(!when_Reconciliationjava_l138) begin
      if(!when_Reconciliationjava_l142) begin
        if(when_Reconciliationjava_l148) begin
          if(!rxErIn) begin
            if(haveLow) begin
              delimiter_byteValid = 1'b1;
            end
          end
        end
      end
    end
  end

  assign delimiter_byteData = {rxdIn,lowNibble};
  always @(*) begin
    delimiter_frameEnd = 1'b0;
    if(when_Reconciliationjava_l138) begin
      if(when_Reconciliationjava_l139) begin
        delimiter_frameEnd = 1'b1;
      end
    end else begin
      if(!when_Reconciliationjava_l142) begin
        if(when_Reconciliationjava_l148) begin
          if(rxErIn) begin
            delimiter_frameEnd = 1'b1;
          end
        end
      end
    end
  end

  always @(*) begin
    delimiter_dribbleIn = haveLow;
    if(!when_Reconciliationjava_l138) begin
      if(!when_Reconciliationjava_l142) begin
        if(when_Reconciliationjava_l148) begin
          if(rxErIn) begin
            delimiter_dribbleIn = 1'b1;
          end
        end
      end
    end
  end

  assign when_Reconciliationjava_l138 = (! rxDvIn);
  assign when_Reconciliationjava_l139 = (wasDv && (state == 2'b01));
  assign when_Reconciliationjava_l143 = (rxdIn == 4'b1101);
  assign when_Reconciliationjava_l142 = (state == 2'b00);
  assign when_Reconciliationjava_l148 = (state == 2'b01);
  assign rxValid = delimiter_rxValid;
  assign rxData = delimiter_rxData;
  assign rxLast = delimiter_rxLast;
  assign rxDribble = delimiter_rxDribble;
  always @(posedge miiClk) begin
    if(reset || clear) begin
      rxDvIn <= 1'b0;
      rxErIn <= 1'b0;
      rxdIn <= 4'b0000;
      crsIn <= 1'b0;
      colIn <= 1'b0;
      secondNibble <= 1'b0;
      txByte <= 8'h0;
      txByteValid <= 1'b0;
      ownCarrier <= 1'b0;
      tailCount <= 3'b000;
      state <= 2'b00;
      lowNibble <= 4'b0000;
      haveLow <= 1'b0;
      wasDv <= 1'b0;
    end else begin
      rxDvIn <= miiRxDv;
      rxErIn <= miiRxEr;
      rxdIn <= miiRxd;
      crsIn <= miiCrs;
      colIn <= miiCol;
      secondNibble <= (! secondNibble);
      if(phyReady) begin
        txByte <= lineData;
        txByteValid <= lineValid;
      end
      if(txByteValid) begin
        ownCarrier <= 1'b1;
        tailCount <= 3'b000;
      end else begin
        if(ownCarrier) begin
          tailCount <= (tailCount + 3'b001);
          if(when_Reconciliationjava_l121) begin
            ownCarrier <= 1'b0;
          end
        end
      end
      wasDv <= rxDvIn;
      if(when_Reconciliationjava_l138) begin
        state <= 2'b00;
      end else begin
        if(when_Reconciliationjava_l142) begin
          if(when_Reconciliationjava_l143) begin
            haveLow <= 1'b0;
            state <= 2'b01;
          end
        end else begin
          if(when_Reconciliationjava_l148) begin
            if(rxErIn) begin
              state <= 2'b10;
            end else begin
              if(haveLow) begin
                haveLow <= 1'b0;
              end else begin
                lowNibble <= rxdIn;
                haveLow <= 1'b1;
              end
            end
          end
        end
      end
    end
  end


endmodule

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
  input  wire          miiClk,
  input  wire          reset,
  input  wire          clear
);

  wire       [31:0]   fcsCheck_crc;
  wire                fcsCheck_residueOk;
  wire                fcsCheck_enableError;
  reg                 inValid;
  reg        [7:0]    inData;
  reg                 inLast;
  reg                 inDribble;
  reg                 validReg;
  reg        [7:0]    dataReg;
  reg                 lastReg;
  reg                 dribbleReg;
  reg                 firstByte;
  reg        [13:0]   count;
  reg                 atMax;
  reg                 seventhNext;
  reg        [4:0]    beyond;
  reg        [5:0]    hashReg;
  wire                when_RxCheckerjava_l140;
  wire                when_RxCheckerjava_l151;
  wire                _zz_fcsError;

  Crc32W8 fcsCheck (
    .clear       (when_RxCheckerjava_l140), //i
    .valid       (inValid                ), //i
    .data        (inData[7:0]            ), //i
    .byteEnable  (1'b1                   ), //i
    .crc         (fcsCheck_crc[31:0]     ), //o
    .residueOk   (fcsCheck_residueOk     ), //o
    .enableError (fcsCheck_enableError   ), //o
    .miiClk      (miiClk                 ), //i
    .reset       (reset                  ), //i
    .clear_1     (clear                  )  //i
  );
  assign when_RxCheckerjava_l140 = (firstByte && (! inValid));
  assign when_RxCheckerjava_l151 = (inValid && seventhNext);
  assign destinationHash = hashReg;
  assign _zz_fcsError = (! fcsCheck_residueOk);
  assign outValid = validReg;
  assign outData = dataReg;
  assign outLast = lastReg;
  assign fcsError = ((lastReg && _zz_fcsError) && (! dribbleReg));
  assign alignmentError = ((lastReg && _zz_fcsError) && dribbleReg);
  assign runt = (lastReg && (count[13 : 6] == 8'h0));
  assign giant = (lastReg && beyond[4]);
  assign length = count;
  always @(posedge miiClk) begin
    if(reset || clear) begin
      inValid <= 1'b0;
      validReg <= 1'b0;
      dataReg <= 8'h0;
      lastReg <= 1'b0;
      dribbleReg <= 1'b0;
      firstByte <= 1'b1;
      hashReg <= 6'h0;
    end else begin
      inValid <= rxValid;
      validReg <= inValid;
      dataReg <= inData;
      lastReg <= (inValid && inLast);
      dribbleReg <= inDribble;
      if(inValid) begin
        firstByte <= inLast;
      end
      if(when_RxCheckerjava_l151) begin
        hashReg <= fcsCheck_crc[31 : 26];
      end
    end
  end

  always @(posedge miiClk) begin
    inData <= rxData;
    inLast <= rxLast;
    inDribble <= rxDribble;
    if(inValid) begin
      count <= (count + (atMax ? 14'h0 : 14'h0001));
      atMax <= (atMax || (count == 14'h3ffe));
      seventhNext <= (count == 14'h0005);
      beyond <= {beyond[3 : 0],(beyond[0] || (count == maxLength))};
    end
    if(when_RxCheckerjava_l140) begin
      count <= 14'h0;
      atMax <= 1'b0;
      seventhNext <= 1'b0;
      beyond <= 5'h0;
    end
  end


endmodule

module CsmaCd (
  input  wire          macValid,
  input  wire [7:0]    macData,
  output wire          macReady,
  output reg           macAbort,
  output reg           lineValid,
  output reg  [7:0]    lineData,
  input  wire          phyReady,
  input  wire          carrierSense,
  input  wire          frameWaiting,
  input  wire          halfDuplex,
  input  wire [9:0]    backoffSeed,
  output reg           rewind,
  output reg           discard,
  output reg           collision,
  output reg           lateCollision,
  output reg           excessiveCollisions,
  output reg           deferred,
  output wire [9:0]    drawnSlots,
  output wire [4:0]    collidedAttempts,
  input  wire          miiClk,
  input  wire          reset,
  input  wire          clear
);

  wire       [6:0]    _zz_burstBytes_1;
  wire       [4:0]    _zz_attempts;
  reg        [1:0]    state;
  reg                 inBurst;
  reg        [6:0]    burstBytes;
  reg        [3:0]    gapCount;
  reg        [1:0]    jamCount;
  reg        [4:0]    attempts;
  reg                 clearPending;
  reg                 late;
  reg        [15:0]   backoff;
  reg        [9:0]    mask;
  reg        [15:0]   lfsr;
  reg                 active;
  reg                 fresh;
  reg                 deferCounted;
  reg                 afterOwn;
  reg                 afterJam;
  reg                 released;
  reg                 deferring;
  reg                 permit;
  wire                when_CsmaCdjava_l311;
  wire                _zz_gapCount;
  wire                _zz_afterOwn;
  wire                _zz_clearPending;
  wire                _zz_clearPending_1;
  wire                _zz_burstBytes;
  wire                when_CsmaCdjava_l229;
  wire                when_CsmaCdjava_l230;
  wire                _zz_deferCounted;
  wire                _zz_inBurst;
  wire                _zz_inBurst_1;
  wire                _zz_clearPending_2;
  wire                when_CsmaCdjava_l288;
  wire                when_CsmaCdjava_l304;
  wire                when_CsmaCdjava_l305;
  wire                when_CsmaCdjava_l337;
  wire                when_CsmaCdjava_l338;
  wire                when_CsmaCdjava_l355;
  wire                when_CsmaCdjava_l321;
  wire                when_CsmaCdjava_l351;
  wire                when_CsmaCdjava_l363;

  assign _zz_burstBytes_1 = (burstBytes + ((_zz_inBurst_1 && (! _zz_burstBytes)) ? 7'h01 : 7'h0));
  assign _zz_attempts = (attempts + 5'h01);
  assign when_CsmaCdjava_l311 = ((((state == 2'b00) && halfDuplex) && inBurst) && carrierSense);
  always @(*) begin
    lineValid = (macValid && macReady);
    if(when_CsmaCdjava_l304) begin
      if(when_CsmaCdjava_l311) begin
        lineValid = 1'b1;
      end
    end else begin
      if(when_CsmaCdjava_l321) begin
        lineValid = 1'b1;
      end else begin
        if(when_CsmaCdjava_l351) begin
          lineValid = 1'b0;
        end
      end
    end
    if(when_CsmaCdjava_l363) begin
      lineValid = (macValid && phyReady);
    end
  end

  always @(*) begin
    lineData = macData;
    if(when_CsmaCdjava_l304) begin
      if(when_CsmaCdjava_l311) begin
        lineData = 8'h55;
      end
    end else begin
      if(when_CsmaCdjava_l321) begin
        lineData = 8'h55;
      end
    end
    if(when_CsmaCdjava_l363) begin
      lineData = macData;
    end
  end

  assign macReady = (phyReady && permit);
  always @(*) begin
    macAbort = (! (state == 2'b00));
    if(when_CsmaCdjava_l304) begin
      if(when_CsmaCdjava_l311) begin
        macAbort = 1'b1;
      end
    end
    if(when_CsmaCdjava_l363) begin
      macAbort = 1'b0;
    end
  end

  always @(*) begin
    rewind = 1'b0;
    if(!when_CsmaCdjava_l304) begin
      if(when_CsmaCdjava_l321) begin
        if(phyReady) begin
          if(when_CsmaCdjava_l337) begin
            if(!when_CsmaCdjava_l338) begin
              rewind = 1'b1;
            end
          end
        end
      end
    end
    if(when_CsmaCdjava_l363) begin
      rewind = 1'b0;
    end
  end

  always @(*) begin
    discard = 1'b0;
    if(!when_CsmaCdjava_l304) begin
      if(when_CsmaCdjava_l321) begin
        if(phyReady) begin
          if(when_CsmaCdjava_l337) begin
            if(when_CsmaCdjava_l338) begin
              discard = 1'b1;
            end
          end
        end
      end
    end
    if(when_CsmaCdjava_l363) begin
      discard = 1'b0;
    end
  end

  always @(*) begin
    collision = 1'b0;
    if(when_CsmaCdjava_l304) begin
      if(when_CsmaCdjava_l311) begin
        collision = 1'b1;
      end
    end
    if(when_CsmaCdjava_l363) begin
      collision = 1'b0;
    end
  end

  always @(*) begin
    lateCollision = 1'b0;
    if(!when_CsmaCdjava_l304) begin
      if(when_CsmaCdjava_l321) begin
        if(phyReady) begin
          if(when_CsmaCdjava_l337) begin
            if(when_CsmaCdjava_l338) begin
              lateCollision = late;
            end
          end
        end
      end
    end
    if(when_CsmaCdjava_l363) begin
      lateCollision = 1'b0;
    end
  end

  always @(*) begin
    excessiveCollisions = 1'b0;
    if(!when_CsmaCdjava_l304) begin
      if(when_CsmaCdjava_l321) begin
        if(phyReady) begin
          if(when_CsmaCdjava_l337) begin
            if(when_CsmaCdjava_l338) begin
              excessiveCollisions = (! late);
            end
          end
        end
      end
    end
    if(when_CsmaCdjava_l363) begin
      excessiveCollisions = 1'b0;
    end
  end

  always @(*) begin
    deferred = 1'b0;
    if(when_CsmaCdjava_l304) begin
      if(when_CsmaCdjava_l305) begin
        deferred = 1'b1;
      end
    end
    if(when_CsmaCdjava_l363) begin
      deferred = 1'b0;
    end
  end

  assign _zz_gapCount = (! (gapCount == 4'b0000));
  assign _zz_afterOwn = (phyReady && (gapCount == 4'b0001));
  assign _zz_clearPending = ((((state == 2'b00) && macReady) && (! macValid)) && inBurst);
  assign _zz_clearPending_1 = (((state == 2'b01) && phyReady) && (jamCount == 2'b11));
  assign _zz_burstBytes = (burstBytes[6] && burstBytes[0]);
  assign when_CsmaCdjava_l229 = (_zz_clearPending || _zz_clearPending_1);
  assign when_CsmaCdjava_l230 = (carrierSense && (! ((afterOwn || released) || (_zz_gapCount && (! (4'b0100 < gapCount))))));
  assign _zz_deferCounted = (deferring && (! inBurst));
  assign _zz_inBurst = (state == 2'b00);
  assign _zz_inBurst_1 = ((_zz_inBurst && macReady) && macValid);
  assign _zz_clearPending_2 = attempts[4];
  assign when_CsmaCdjava_l288 = (when_CsmaCdjava_l311 || clearPending);
  assign when_CsmaCdjava_l304 = (state == 2'b00);
  assign when_CsmaCdjava_l305 = ((_zz_deferCounted && frameWaiting) && (! deferCounted));
  assign when_CsmaCdjava_l337 = (jamCount == 2'b11);
  assign when_CsmaCdjava_l338 = (late || _zz_clearPending_2);
  assign when_CsmaCdjava_l355 = (backoff == 16'h0);
  assign when_CsmaCdjava_l321 = (state == 2'b01);
  assign when_CsmaCdjava_l351 = (state == 2'b10);
  assign drawnSlots = backoff[15 : 6];
  assign collidedAttempts = attempts;
  assign when_CsmaCdjava_l363 = (! halfDuplex);
  always @(posedge miiClk) begin
    if(reset || clear) begin
      state <= 2'b00;
      inBurst <= 1'b0;
      burstBytes <= 7'h0;
      gapCount <= 4'b0000;
      clearPending <= 1'b1;
      late <= 1'b0;
      active <= 1'b1;
      fresh <= 1'b1;
      deferCounted <= 1'b0;
      afterOwn <= 1'b0;
      afterJam <= 1'b0;
      released <= 1'b0;
      deferring <= 1'b0;
      permit <= 1'b1;
    end else begin
      active <= ((((macValid || frameWaiting) || carrierSense) || inBurst) || (! (state == 2'b00)));
      fresh <= 1'b0;
      if(phyReady) begin
        gapCount <= (gapCount - (_zz_gapCount ? 4'b0001 : 4'b0000));
      end
      if(when_CsmaCdjava_l229) begin
        gapCount <= 4'b1011;
      end else begin
        if(when_CsmaCdjava_l230) begin
          gapCount <= 4'b1100;
        end
      end
      afterOwn <= ((! _zz_afterOwn) && ((_zz_clearPending || _zz_clearPending_1) || afterOwn));
      afterJam <= ((! _zz_afterOwn) && (_zz_clearPending_1 || ((! _zz_clearPending) && afterJam)));
      released <= ((_zz_afterOwn || released) && (! (((! frameWaiting) || (macReady && macValid)) || (! (state == 2'b00)))));
      deferring <= (((halfDuplex && (! released)) && (! afterOwn)) && (carrierSense || _zz_gapCount));
      permit <= ((! halfDuplex) || (((state == 2'b00) && (! _zz_deferCounted)) && (! (_zz_clearPending_1 || (afterJam && _zz_gapCount)))));
      inBurst <= ((! (state == 2'b01)) && (_zz_inBurst_1 || (inBurst && (! (_zz_inBurst && macReady)))));
      burstBytes <= (((state == 2'b01) || ((_zz_inBurst && macReady) && (! macValid))) ? 7'h0 : _zz_burstBytes_1);
      deferCounted <= ((! _zz_inBurst_1) && (deferCounted || ((_zz_inBurst && _zz_deferCounted) && frameWaiting)));
      clearPending <= (((_zz_clearPending || (_zz_clearPending_1 && (late || _zz_clearPending_2))) || (! halfDuplex)) && (! when_CsmaCdjava_l311));
      if(when_CsmaCdjava_l304) begin
        late <= _zz_burstBytes;
        if(when_CsmaCdjava_l311) begin
          state <= 2'b01;
        end
      end else begin
        if(when_CsmaCdjava_l321) begin
          if(phyReady) begin
            if(when_CsmaCdjava_l337) begin
              if(when_CsmaCdjava_l338) begin
                state <= 2'b00;
              end else begin
                state <= 2'b10;
              end
            end
          end
        end else begin
          if(when_CsmaCdjava_l351) begin
            if(when_CsmaCdjava_l355) begin
              state <= 2'b00;
            end
          end
        end
      end
      if(when_CsmaCdjava_l363) begin
        state <= 2'b00;
      end
    end
  end

  always @(posedge miiClk) begin
    if(active) begin
      lfsr <= (fresh ? 16'hace1 : (({lfsr[14 : 0],(((lfsr[15] ^ lfsr[13]) ^ lfsr[12]) ^ lfsr[10])} ^ {6'h0,(when_CsmaCdjava_l311 ? backoffSeed : 10'h0)}) | {when_CsmaCdjava_l311,15'h0}));
    end
    if(when_CsmaCdjava_l288) begin
      attempts <= (when_CsmaCdjava_l311 ? (clearPending ? 5'h01 : _zz_attempts) : 5'h0);
      mask <= (when_CsmaCdjava_l311 ? (clearPending ? 10'h001 : {mask[8 : 0],1'b1}) : 10'h0);
    end
    if(when_CsmaCdjava_l304) begin
      jamCount <= (phyReady ? 2'b01 : 2'b00);
    end else begin
      if(when_CsmaCdjava_l321) begin
        backoff <= {((lfsr[9 : 0] ^ backoffSeed) & mask),6'h0};
        if(phyReady) begin
          jamCount <= (jamCount + 2'b01);
        end
      end else begin
        if(when_CsmaCdjava_l351) begin
          if(phyReady) begin
            backoff <= (backoff - 16'h0001);
          end
        end
      end
    end
  end


endmodule

module MacTx (
  input  wire          frameValid,
  output wire          frameReady,
  input  wire [7:0]    frameData,
  input  wire          frameLast,
  output wire          txValid,
  output wire [7:0]    txData,
  input  wire          txReady,
  output wire          sent,
  output wire          underflow,
  input  wire          abortFrame,
  input  wire          miiClk,
  input  wire          reset,
  input  wire          clear
);

  wire                fcs_clear;
  wire       [7:0]    fcs_data;
  wire       [31:0]   fcs_crc;
  wire                fcs_residueOk;
  wire                fcs_enableError;
  wire       [5:0]    _zz_count_1;
  reg        [2:0]    state;
  reg                 offering;
  reg                 validOut;
  reg        [7:0]    offered;
  reg        [5:0]    count;
  reg                 partEnds;
  reg                 dataNext;
  reg                 belowMinimum;
  reg                 corruptFcs;
  reg                 draining;
  reg                 aborted;
  wire                when_MacTxjava_l229;
  wire                when_MacTxjava_l259;
  wire                when_MacTxjava_l169;
  wire                when_MacTxjava_l245;
  wire                _zz_when_MacTxjava_l168;
  wire                when_MacTxjava_l168;
  wire                _zz_count;
  wire                _zz_txData;
  wire       [7:0]    _zz_txData_1;
  reg        [7:0]    _zz_offered;
  wire                when_MacTxjava_l167;
  wire                when_MacTxjava_l170;
  wire                _zz_frameReady;
  reg                 _zz_sent;
  reg                 _zz_underflow;
  wire                when_MacTxjava_l194;
  wire                when_MacTxjava_l210;
  wire                _zz_offering;
  wire                _zz_dataNext;
  wire                when_MacTxjava_l228;
  wire                when_MacTxjava_l230;
  wire                when_MacTxjava_l286;
  wire                when_MacTxjava_l286_1;
  wire                when_MacTxjava_l244;
  wire                when_MacTxjava_l249;
  wire                when_MacTxjava_l254;

  assign _zz_count_1 = (count + 6'h01);
  Crc32W8Preset26B6A4C8 fcs (
    .clear       (fcs_clear          ), //i
    .valid       (when_MacTxjava_l229), //i
    .data        (fcs_data[7:0]      ), //i
    .byteEnable  (1'b1               ), //i
    .crc         (fcs_crc[31:0]      ), //o
    .residueOk   (fcs_residueOk      ), //o
    .enableError (fcs_enableError    ), //o
    .miiClk      (miiClk             ), //i
    .reset       (reset              ), //i
    .clear_1     (clear              )  //i
  );
  assign when_MacTxjava_l229 = (txReady && offering);
  assign when_MacTxjava_l259 = (frameValid && (! draining));
  assign when_MacTxjava_l169 = (dataNext && frameValid);
  assign when_MacTxjava_l245 = (dataNext && (! when_MacTxjava_l169));
  assign _zz_when_MacTxjava_l168 = (((state == 3'b011) && (! dataNext)) || (state == 3'b100));
  assign when_MacTxjava_l168 = (_zz_when_MacTxjava_l168 && belowMinimum);
  assign _zz_count = ((_zz_when_MacTxjava_l168 && (! belowMinimum)) || when_MacTxjava_l245);
  assign _zz_txData = (state == 3'b101);
  assign _zz_txData_1 = (~ fcs_crc[7 : 0]);
  assign fcs_clear = (! offering);
  assign fcs_data = (_zz_txData ? _zz_txData_1 : offered);
  always @(*) begin
    _zz_offered = 8'h55;
    if(when_MacTxjava_l167) begin
      _zz_offered = 8'hd5;
    end
    if(when_MacTxjava_l168) begin
      _zz_offered = 8'h0;
    end
    if(when_MacTxjava_l169) begin
      _zz_offered = frameData;
    end
  end

  assign when_MacTxjava_l167 = ((state == 3'b001) && partEnds);
  assign when_MacTxjava_l170 = (when_MacTxjava_l229 || (! offering));
  assign _zz_frameReady = (abortFrame || aborted);
  assign txValid = validOut;
  assign txData = (_zz_txData ? (corruptFcs ? _zz_txData_1 : (~ _zz_txData_1)) : offered);
  assign frameReady = ((draining || (when_MacTxjava_l229 && when_MacTxjava_l169)) && (! _zz_frameReady));
  always @(*) begin
    _zz_sent = 1'b0;
    if(!when_MacTxjava_l228) begin
      if(when_MacTxjava_l229) begin
        if(when_MacTxjava_l249) begin
          _zz_sent = (! corruptFcs);
        end
      end
    end
  end

  always @(*) begin
    _zz_underflow = 1'b0;
    if(!when_MacTxjava_l228) begin
      if(when_MacTxjava_l229) begin
        if(when_MacTxjava_l245) begin
          _zz_underflow = 1'b1;
        end
      end
    end
  end

  assign sent = (_zz_sent && (! _zz_frameReady));
  assign underflow = (_zz_underflow && (! _zz_frameReady));
  assign when_MacTxjava_l194 = (txReady || (state == 3'b000));
  assign when_MacTxjava_l210 = ((draining && frameValid) && frameLast);
  assign _zz_offering = ((! aborted) && (offering ? (! ((when_MacTxjava_l229 && (state == 3'b101)) && partEnds)) : (when_MacTxjava_l259 && ((state == 3'b000) || (((state == 3'b110) && txReady) && partEnds)))));
  assign _zz_dataNext = ((when_MacTxjava_l229 && (state == 3'b001)) && partEnds);
  assign when_MacTxjava_l228 = ((state == 3'b000) && when_MacTxjava_l259);
  assign when_MacTxjava_l230 = (state == 3'b001);
  assign when_MacTxjava_l286 = (count == 6'h3b);
  assign when_MacTxjava_l286_1 = (count == 6'h3b);
  assign when_MacTxjava_l244 = (_zz_count || ((state == 3'b101) && (! partEnds)));
  assign when_MacTxjava_l249 = ((state == 3'b101) && partEnds);
  assign when_MacTxjava_l254 = ((state == 3'b110) && txReady);
  always @(posedge miiClk) begin
    if(reset || clear) begin
      state <= 3'b000;
      offering <= 1'b0;
      validOut <= 1'b0;
      dataNext <= 1'b0;
      belowMinimum <= 1'b1;
      corruptFcs <= 1'b0;
      draining <= 1'b0;
      aborted <= 1'b0;
    end else begin
      aborted <= abortFrame;
      if(when_MacTxjava_l210) begin
        draining <= 1'b0;
      end
      offering <= _zz_offering;
      validOut <= (_zz_offering && (! abortFrame));
      dataNext <= ((! aborted) && (dataNext ? ((! when_MacTxjava_l229) || (frameValid && (! frameLast))) : _zz_dataNext));
      corruptFcs <= (corruptFcs ? (! _zz_dataNext) : (when_MacTxjava_l229 && when_MacTxjava_l245));
      if(when_MacTxjava_l228) begin
        state <= 3'b001;
      end else begin
        if(when_MacTxjava_l229) begin
          if(when_MacTxjava_l230) begin
            if(partEnds) begin
              belowMinimum <= 1'b1;
              state <= 3'b010;
            end
          end
          if(when_MacTxjava_l169) begin
            if(when_MacTxjava_l286) begin
              belowMinimum <= 1'b0;
            end
            state <= 3'b011;
          end
          if(when_MacTxjava_l168) begin
            if(when_MacTxjava_l286_1) begin
              belowMinimum <= 1'b0;
            end
            state <= 3'b100;
          end
          if(when_MacTxjava_l244) begin
            state <= 3'b101;
          end
          if(when_MacTxjava_l245) begin
            draining <= 1'b1;
          end
          if(when_MacTxjava_l249) begin
            state <= 3'b110;
          end
        end else begin
          if(when_MacTxjava_l254) begin
            if(partEnds) begin
              state <= 3'b000;
              if(when_MacTxjava_l259) begin
                state <= 3'b001;
              end
            end
          end
        end
      end
      if(aborted) begin
        draining <= 1'b0;
        state <= 3'b000;
      end
    end
  end

  always @(posedge miiClk) begin
    if(when_MacTxjava_l170) begin
      offered <= _zz_offered;
    end
    if(when_MacTxjava_l194) begin
      count <= ((((state == 3'b000) || ((state == 3'b110) && partEnds)) || _zz_count) ? 6'h01 : ((((state == 3'b001) || (state == 3'b101)) && partEnds) ? 6'h0 : _zz_count_1));
      partEnds <= ((((state == 3'b001) && (count == 6'h06)) || ((state == 3'b101) && (count == 6'h03))) || ((state == 3'b110) && (count == 6'h0a)));
    end
  end


endmodule

module RxNibbleFramer (
  input  wire [1:0]    bitCount,
  input  wire [1:0]    bits,
  input  wire          lockLost,
  output wire [1:0]    nibbleCount,
  output wire [7:0]    nibbles,
  output wire          frameEnd,
  input  wire          clk,
  input  wire          reset,
  input  wire          clear
);

  wire       [1:0]    _zz__zz_nibbles_6;
  wire       [1:0]    _zz__zz_nibbles_8;
  wire       [1:0]    _zz__zz_nibbles_10;
  wire       [1:0]    _zz__zz_nibbles_12;
  wire       [1:0]    _zz__zz_bitsInNibble;
  wire       [1:0]    _zz__zz_nibbles_18;
  wire       [1:0]    _zz__zz_nibbles_20;
  wire       [1:0]    _zz__zz_nibbleCount;
  wire       [1:0]    _zz_nibbleCount_2;
  wire       [1:0]    _zz_nibbles_23;
  wire                _zz_nibbles_24;
  wire                _zz_nibbles_25;
  wire       [3:0]    _zz_nibbles_26;
  wire       [1:0]    _zz_nibbles_27;
  wire                _zz_nibbles_28;
  wire                _zz_nibbles_29;
  wire       [3:0]    _zz_nibbles_30;
  wire       [1:0]    _zz_nibbles_31;
  wire                _zz_nibbles_32;
  wire                _zz_nibbles_33;
  wire       [3:0]    _zz_nibbles_34;
  wire       [1:0]    _zz_nibbles_35;
  wire                _zz_nibbles_36;
  wire                _zz_nibbles_37;
  wire       [3:0]    _zz_nibbles_38;
  reg        [0:0]    state;
  reg        [6:0]    shift;
  reg        [1:0]    bitsInNibble;
  wire                _zz_nibbles;
  wire       [1:0]    _zz_nibbles_1;
  wire                _zz_nibbles_2;
  wire       [7:0]    shifted_0;
  wire                _zz_nibbles_3;
  wire                _zz_nibbles_4;
  wire                _zz_nibbles_5;
  wire                _zz_when_RxNibbleFramerjava_l117;
  wire       [6:0]    _zz_shifted_1;
  wire       [1:0]    _zz_nibbles_6;
  wire       [3:0]    _zz_nibbles_7;
  wire       [1:0]    _zz_nibbles_8;
  wire       [3:0]    _zz_nibbles_9;
  wire       [1:0]    _zz_nibbles_10;
  wire       [3:0]    _zz_nibbles_11;
  wire       [1:0]    _zz_nibbles_12;
  wire                _zz_nibbles_13;
  wire       [7:0]    shifted_1;
  wire                _zz_nibbles_14;
  wire                _zz_nibbles_15;
  wire                _zz_nibbles_16;
  wire                when_RxNibbleFramerjava_l117;
  wire       [6:0]    _zz_shift;
  wire       [1:0]    _zz_bitsInNibble;
  wire       [3:0]    _zz_nibbles_17;
  wire       [1:0]    _zz_nibbles_18;
  wire       [3:0]    _zz_nibbles_19;
  wire       [1:0]    _zz_nibbles_20;
  wire       [3:0]    _zz_nibbles_21;
  wire       [1:0]    _zz_nibbleCount;
  wire                _zz_frameEnd;
  wire                _zz_nibbleCount_1;
  wire       [3:0]    _zz_nibbles_22;

  assign _zz__zz_nibbles_6 = (bitsInNibble + 2'b01);
  assign _zz__zz_nibbles_8 = (_zz_nibbles_1 + 2'b01);
  assign _zz__zz_nibbles_10 = (_zz_nibbles_8 + 2'b01);
  assign _zz__zz_nibbles_12 = (_zz_nibbles_10 + 2'b01);
  assign _zz__zz_bitsInNibble = (_zz_nibbles_6 + 2'b01);
  assign _zz__zz_nibbles_18 = (_zz_nibbles_12 + 2'b01);
  assign _zz__zz_nibbles_20 = (_zz_nibbles_18 + 2'b01);
  assign _zz__zz_nibbleCount = (_zz_nibbles_20 + 2'b01);
  assign _zz_nibbleCount_2 = (_zz_nibbleCount + 2'b01);
  assign _zz_nibbles_23 = 2'b01;
  assign _zz_nibbles_24 = (_zz_nibbles_20 == 2'b01);
  assign _zz_nibbles_25 = (_zz_nibbles_14 && (_zz_nibbles_18 == 2'b01));
  assign _zz_nibbles_26 = ((_zz_nibbles_14 && (_zz_nibbles_12 == _zz_nibbles_27)) ? _zz_nibbles_17 : ((_zz_nibbles_5 && _zz_nibbles_28) ? _zz_nibbles_11 : (_zz_nibbles_29 ? _zz_nibbles_9 : _zz_nibbles_30)));
  assign _zz_nibbles_31 = 2'b00;
  assign _zz_nibbles_32 = (_zz_nibbles_20 == 2'b00);
  assign _zz_nibbles_33 = (_zz_nibbles_14 && (_zz_nibbles_18 == 2'b00));
  assign _zz_nibbles_34 = ((_zz_nibbles_14 && (_zz_nibbles_12 == _zz_nibbles_35)) ? _zz_nibbles_17 : ((_zz_nibbles_5 && _zz_nibbles_36) ? _zz_nibbles_11 : (_zz_nibbles_37 ? _zz_nibbles_9 : _zz_nibbles_38)));
  assign _zz_nibbles_27 = 2'b01;
  assign _zz_nibbles_28 = (_zz_nibbles_10 == 2'b01);
  assign _zz_nibbles_29 = (_zz_nibbles_3 && (_zz_nibbles_8 == 2'b01));
  assign _zz_nibbles_30 = ((_zz_nibbles_3 && (_zz_nibbles_1 == 2'b01)) ? _zz_nibbles_7 : 4'b0000);
  assign _zz_nibbles_35 = 2'b00;
  assign _zz_nibbles_36 = (_zz_nibbles_10 == 2'b00);
  assign _zz_nibbles_37 = (_zz_nibbles_3 && (_zz_nibbles_8 == 2'b00));
  assign _zz_nibbles_38 = ((_zz_nibbles_3 && (_zz_nibbles_1 == 2'b00)) ? _zz_nibbles_7 : 4'b0000);
  assign _zz_nibbles = (state == 1'b0);
  assign _zz_nibbles_1 = 2'b00;
  assign _zz_nibbles_2 = (2'b00 < bitCount);
  assign shifted_0 = {bits[0],shift};
  assign _zz_nibbles_3 = ((_zz_nibbles_2 && _zz_nibbles) && (shifted_0 == 8'hd5));
  assign _zz_nibbles_4 = (_zz_nibbles_2 && (! _zz_nibbles));
  assign _zz_nibbles_5 = (_zz_nibbles_4 && (bitsInNibble == 2'b11));
  assign _zz_when_RxNibbleFramerjava_l117 = (_zz_nibbles && (! _zz_nibbles_3));
  assign _zz_shifted_1 = (_zz_nibbles_2 ? shifted_0[7 : 1] : shift);
  assign _zz_nibbles_6 = (_zz_nibbles_3 ? 2'b00 : (_zz_nibbles_4 ? _zz__zz_nibbles_6 : bitsInNibble));
  assign _zz_nibbles_7 = 4'b0101;
  assign _zz_nibbles_8 = ((_zz_nibbles_3 && (_zz_nibbles_1 < 2'b10)) ? _zz__zz_nibbles_8 : _zz_nibbles_1);
  assign _zz_nibbles_9 = 4'b1101;
  assign _zz_nibbles_10 = ((_zz_nibbles_3 && (_zz_nibbles_8 < 2'b10)) ? _zz__zz_nibbles_10 : _zz_nibbles_8);
  assign _zz_nibbles_11 = shifted_0[7 : 4];
  assign _zz_nibbles_12 = ((_zz_nibbles_5 && (_zz_nibbles_10 < 2'b10)) ? _zz__zz_nibbles_12 : _zz_nibbles_10);
  assign _zz_nibbles_13 = (2'b01 < bitCount);
  assign shifted_1 = {bits[1],_zz_shifted_1};
  assign _zz_nibbles_14 = ((_zz_nibbles_13 && _zz_when_RxNibbleFramerjava_l117) && (shifted_1 == 8'hd5));
  assign _zz_nibbles_15 = (_zz_nibbles_13 && (! _zz_when_RxNibbleFramerjava_l117));
  assign _zz_nibbles_16 = (_zz_nibbles_15 && (_zz_nibbles_6 == 2'b11));
  assign when_RxNibbleFramerjava_l117 = (_zz_when_RxNibbleFramerjava_l117 && (! _zz_nibbles_14));
  assign _zz_shift = (_zz_nibbles_13 ? shifted_1[7 : 1] : _zz_shifted_1);
  assign _zz_bitsInNibble = (_zz_nibbles_14 ? 2'b00 : (_zz_nibbles_15 ? _zz__zz_bitsInNibble : _zz_nibbles_6));
  assign _zz_nibbles_17 = 4'b0101;
  assign _zz_nibbles_18 = ((_zz_nibbles_14 && (_zz_nibbles_12 < 2'b10)) ? _zz__zz_nibbles_18 : _zz_nibbles_12);
  assign _zz_nibbles_19 = 4'b1101;
  assign _zz_nibbles_20 = ((_zz_nibbles_14 && (_zz_nibbles_18 < 2'b10)) ? _zz__zz_nibbles_20 : _zz_nibbles_18);
  assign _zz_nibbles_21 = shifted_1[7 : 4];
  assign _zz_nibbleCount = ((_zz_nibbles_16 && (_zz_nibbles_20 < 2'b10)) ? _zz__zz_nibbleCount : _zz_nibbles_20);
  assign _zz_frameEnd = (lockLost && (! when_RxNibbleFramerjava_l117));
  assign _zz_nibbleCount_1 = (_zz_frameEnd && (_zz_bitsInNibble != 2'b00));
  assign _zz_nibbles_22 = _zz_shift[6 : 3];
  assign nibbleCount = ((_zz_nibbleCount_1 && (_zz_nibbleCount < 2'b10)) ? _zz_nibbleCount_2 : _zz_nibbleCount);
  assign nibbles = {((_zz_nibbleCount_1 && (_zz_nibbleCount == _zz_nibbles_23)) ? _zz_nibbles_22 : ((_zz_nibbles_16 && _zz_nibbles_24) ? _zz_nibbles_21 : (_zz_nibbles_25 ? _zz_nibbles_19 : _zz_nibbles_26))),((_zz_nibbleCount_1 && (_zz_nibbleCount == _zz_nibbles_31)) ? _zz_nibbles_22 : ((_zz_nibbles_16 && _zz_nibbles_32) ? _zz_nibbles_21 : (_zz_nibbles_33 ? _zz_nibbles_19 : _zz_nibbles_34)))};
  assign frameEnd = _zz_frameEnd;
  always @(posedge clk) begin
    if(reset || clear) begin
      state <= 1'b0;
      shift <= 7'h0;
      bitsInNibble <= 2'b00;
    end else begin
      bitsInNibble <= _zz_bitsInNibble;
      if(lockLost) begin
        shift <= 7'h0;
        state <= 1'b0;
      end else begin
        shift <= _zz_shift;
        if(when_RxNibbleFramerjava_l117) begin
          state <= 1'b0;
        end else begin
          state <= 1'b1;
        end
      end
    end
  end


endmodule

module ManchesterDecoder (
  input  wire [7:0]    lineActive,
  input  wire [7:0]    lineLevel,
  output wire [1:0]    bitCount,
  output wire [1:0]    bits,
  output wire          lockLost,
  input  wire          clk,
  input  wire          reset,
  input  wire          clear
);

  wire                _zz__zz_lockLost_7;
  wire                _zz__zz_lockLost_7_1;
  wire                _zz__zz_lockLost_7_2;
  wire                _zz__zz_lockLost_7_3;
  wire                _zz__zz_lockLost_7_4;
  wire                _zz__zz_lockLost_7_5;
  wire                _zz__zz_lockLost_7_6;
  wire                _zz__zz_lockLost_7_7;
  wire                _zz__zz_lockLost_7_8;
  wire                _zz__zz_lockLost_7_9;
  wire                _zz__zz_lockLost_7_10;
  wire                _zz__zz_lockLost_7_11;
  wire                _zz__zz_lockLost_7_12;
  wire                _zz__zz_lockLost_7_13;
  wire                _zz__zz_lockLost_7_14;
  wire                _zz__zz_lockLost_7_15;
  wire                _zz__zz_lockLost_7_16;
  wire                _zz__zz_lockLost_7_17;
  wire                _zz__zz_lockLost_7_18;
  wire       [4:0]    _zz_sinceMidBit_1;
  wire       [4:0]    _zz_sinceMidBit_2;
  wire       [4:0]    _zz_sinceMidBit_3;
  wire       [0:0]    _zz_bits;
  wire       [0:0]    _zz_bits_1;
  reg        [7:0]    activeIn;
  reg        [7:0]    levelIn;
  reg        [1:0]    levelHistory;
  reg                 activeHistory;
  wire       [9:0]    _zz_filtered_0;
  wire       [7:0]    _zz_active_0;
  wire                _zz_filtered_0_1;
  wire                _zz_filtered_0_2;
  wire                _zz_filtered_0_3;
  wire                filtered_0;
  wire                active_0;
  wire                _zz_filtered_1;
  wire                _zz_filtered_1_1;
  wire                _zz_filtered_1_2;
  wire                filtered_1;
  wire                active_1;
  wire                _zz_filtered_2;
  wire                _zz_filtered_2_1;
  wire                _zz_filtered_2_2;
  wire                filtered_2;
  wire                active_2;
  wire                _zz_filtered_3;
  wire                _zz_filtered_3_1;
  wire                _zz_filtered_3_2;
  wire                filtered_3;
  wire                active_3;
  wire                _zz_filtered_4;
  wire                _zz_filtered_4_1;
  wire                _zz_filtered_4_2;
  wire                filtered_4;
  wire                active_4;
  wire                _zz_filtered_5;
  wire                _zz_filtered_5_1;
  wire                _zz_filtered_5_2;
  wire                filtered_5;
  wire                active_5;
  wire                _zz_filtered_6;
  wire                _zz_filtered_6_1;
  wire                _zz_filtered_6_2;
  wire                filtered_6;
  wire                active_6;
  wire                _zz_filtered_7;
  wire                _zz_filtered_7_1;
  wire                _zz_filtered_7_2;
  wire                filtered_7;
  wire                active_7;
  reg                 lastFiltered;
  reg                 lastFilteredActive;
  reg        [4:0]    sinceMidBit;
  reg                 lockedReg;
  wire                _zz_firstBitAt_0;
  wire                transition_0;
  wire                _zz_firstBitAt_0_1;
  wire                firstBitAt_0;
  wire                _zz_firstBitAt_1;
  wire                transition_1;
  wire                _zz_firstBitAt_1_1;
  wire                firstBitAt_1;
  wire                _zz_firstBitAt_2;
  wire                transition_2;
  wire                _zz_firstBitAt_2_1;
  wire                firstBitAt_2;
  wire                _zz_firstBitAt_3;
  wire                transition_3;
  wire                _zz_firstBitAt_3_1;
  wire                firstBitAt_3;
  wire                _zz_firstBitAt_4;
  wire                transition_4;
  wire                _zz_firstBitAt_4_1;
  wire                firstBitAt_4;
  wire                _zz_firstBitAt_5;
  wire                transition_5;
  wire                _zz_firstBitAt_5_1;
  wire                firstBitAt_5;
  wire                _zz_firstBitAt_6;
  wire                transition_6;
  wire                _zz_firstBitAt_6_1;
  wire                firstBitAt_6;
  wire                _zz_firstBitAt_7;
  wire                transition_7;
  wire                _zz_firstBitAt_7_1;
  wire                firstBitAt_7;
  wire                _zz_lockLost;
  wire                _zz_lockLost_1;
  wire                _zz_sinceMidBit;
  wire                _zz_bitCount;
  wire                _zz_lockLost_2;
  wire                _zz_lockLost_3;
  wire                _zz_lockLost_4;
  wire                _zz_lockLost_5;
  wire                _zz_lockLost_6;
  wire                _zz_bitCount_1;
  wire                _zz_lockLost_7;
  wire                _zz_lockLost_8;

  assign _zz_sinceMidBit_3 = (sinceMidBit + 5'h08);
  assign _zz__zz_lockLost_7 = ((1'b0 || (firstBitAt_0 && _zz__zz_lockLost_7_1)) || (firstBitAt_1 && (! _zz__zz_lockLost_7_2)));
  assign _zz__zz_lockLost_7_5 = (firstBitAt_2 && (! (_zz__zz_lockLost_7_6 && _zz__zz_lockLost_7_9)));
  assign _zz__zz_lockLost_7_10 = (! ((_zz__zz_lockLost_7_11 && _zz__zz_lockLost_7_12) && (_zz_lockLost_4 || active_7)));
  assign _zz__zz_lockLost_7_13 = (((_zz__zz_lockLost_7_14 && _zz__zz_lockLost_7_15) && (_zz_lockLost_5 || active_6)) && (_zz_lockLost_5 || active_7));
  assign _zz__zz_lockLost_7_16 = (1'b1 && (_zz_lockLost_6 || active_6));
  assign _zz__zz_lockLost_7_17 = (_zz_lockLost_6 || active_7);
  assign _zz__zz_lockLost_7_18 = 1'b0;
  assign _zz__zz_lockLost_7_1 = (! (_zz_lockLost_1 && ((_zz_lockLost || _zz_sinceMidBit) || active_7)));
  assign _zz__zz_lockLost_7_2 = ((((_zz__zz_lockLost_7_3 && _zz__zz_lockLost_7_4) && (_zz_lockLost_2 || active_5)) && (_zz_lockLost_2 || active_6)) && (_zz_lockLost_2 || active_7));
  assign _zz__zz_lockLost_7_6 = ((((_zz__zz_lockLost_7_7 && _zz__zz_lockLost_7_8) && (_zz_lockLost_3 || active_4)) && (_zz_lockLost_3 || active_5)) && (_zz_lockLost_3 || active_6));
  assign _zz__zz_lockLost_7_9 = (_zz_lockLost_3 || active_7);
  assign _zz__zz_lockLost_7_11 = ((1'b1 && (_zz_lockLost_4 || active_4)) && (_zz_lockLost_4 || active_5));
  assign _zz__zz_lockLost_7_12 = (_zz_lockLost_4 || active_6);
  assign _zz__zz_lockLost_7_14 = 1'b1;
  assign _zz__zz_lockLost_7_15 = (_zz_lockLost_5 || active_5);
  assign _zz__zz_lockLost_7_3 = ((1'b1 && (_zz_lockLost_2 || active_2)) && (_zz_lockLost_2 || active_3));
  assign _zz__zz_lockLost_7_4 = (_zz_lockLost_2 || active_4);
  assign _zz__zz_lockLost_7_7 = 1'b1;
  assign _zz__zz_lockLost_7_8 = (_zz_lockLost_3 || active_3);
  assign _zz_sinceMidBit_1 = 5'h05;
  assign _zz_sinceMidBit_2 = (firstBitAt_1 ? 5'h06 : (firstBitAt_0 ? (_zz_sinceMidBit ? 5'h0 : 5'h07) : 5'h0));
  assign _zz_bits = filtered_1;
  assign _zz_bits_1 = (firstBitAt_0 ? filtered_0 : 1'b0);
  assign _zz_filtered_0 = {levelIn,levelHistory};
  assign _zz_active_0 = {activeIn[6 : 0],activeHistory};
  assign _zz_filtered_0_1 = _zz_filtered_0[0];
  assign _zz_filtered_0_2 = _zz_filtered_0[1];
  assign _zz_filtered_0_3 = _zz_filtered_0[2];
  assign filtered_0 = (((_zz_filtered_0_1 && _zz_filtered_0_2) || (_zz_filtered_0_2 && _zz_filtered_0_3)) || (_zz_filtered_0_1 && _zz_filtered_0_3));
  assign active_0 = _zz_active_0[0];
  assign _zz_filtered_1 = _zz_filtered_0[1];
  assign _zz_filtered_1_1 = _zz_filtered_0[2];
  assign _zz_filtered_1_2 = _zz_filtered_0[3];
  assign filtered_1 = (((_zz_filtered_1 && _zz_filtered_1_1) || (_zz_filtered_1_1 && _zz_filtered_1_2)) || (_zz_filtered_1 && _zz_filtered_1_2));
  assign active_1 = _zz_active_0[1];
  assign _zz_filtered_2 = _zz_filtered_0[2];
  assign _zz_filtered_2_1 = _zz_filtered_0[3];
  assign _zz_filtered_2_2 = _zz_filtered_0[4];
  assign filtered_2 = (((_zz_filtered_2 && _zz_filtered_2_1) || (_zz_filtered_2_1 && _zz_filtered_2_2)) || (_zz_filtered_2 && _zz_filtered_2_2));
  assign active_2 = _zz_active_0[2];
  assign _zz_filtered_3 = _zz_filtered_0[3];
  assign _zz_filtered_3_1 = _zz_filtered_0[4];
  assign _zz_filtered_3_2 = _zz_filtered_0[5];
  assign filtered_3 = (((_zz_filtered_3 && _zz_filtered_3_1) || (_zz_filtered_3_1 && _zz_filtered_3_2)) || (_zz_filtered_3 && _zz_filtered_3_2));
  assign active_3 = _zz_active_0[3];
  assign _zz_filtered_4 = _zz_filtered_0[4];
  assign _zz_filtered_4_1 = _zz_filtered_0[5];
  assign _zz_filtered_4_2 = _zz_filtered_0[6];
  assign filtered_4 = (((_zz_filtered_4 && _zz_filtered_4_1) || (_zz_filtered_4_1 && _zz_filtered_4_2)) || (_zz_filtered_4 && _zz_filtered_4_2));
  assign active_4 = _zz_active_0[4];
  assign _zz_filtered_5 = _zz_filtered_0[5];
  assign _zz_filtered_5_1 = _zz_filtered_0[6];
  assign _zz_filtered_5_2 = _zz_filtered_0[7];
  assign filtered_5 = (((_zz_filtered_5 && _zz_filtered_5_1) || (_zz_filtered_5_1 && _zz_filtered_5_2)) || (_zz_filtered_5 && _zz_filtered_5_2));
  assign active_5 = _zz_active_0[5];
  assign _zz_filtered_6 = _zz_filtered_0[6];
  assign _zz_filtered_6_1 = _zz_filtered_0[7];
  assign _zz_filtered_6_2 = _zz_filtered_0[8];
  assign filtered_6 = (((_zz_filtered_6 && _zz_filtered_6_1) || (_zz_filtered_6_1 && _zz_filtered_6_2)) || (_zz_filtered_6 && _zz_filtered_6_2));
  assign active_6 = _zz_active_0[6];
  assign _zz_filtered_7 = _zz_filtered_0[7];
  assign _zz_filtered_7_1 = _zz_filtered_0[8];
  assign _zz_filtered_7_2 = _zz_filtered_0[9];
  assign filtered_7 = (((_zz_filtered_7 && _zz_filtered_7_1) || (_zz_filtered_7_1 && _zz_filtered_7_2)) || (_zz_filtered_7 && _zz_filtered_7_2));
  assign active_7 = _zz_active_0[7];
  assign _zz_firstBitAt_0 = 1'b0;
  assign transition_0 = ((active_0 && lastFilteredActive) && (filtered_0 ^ lastFiltered));
  assign _zz_firstBitAt_0_1 = (transition_0 && ((! lockedReg) || (! ((sinceMidBit[4 : 2] == 3'b000) || (sinceMidBit[4 : 1] == 4'b0010)))));
  assign firstBitAt_0 = ((! _zz_firstBitAt_0) && _zz_firstBitAt_0_1);
  assign _zz_firstBitAt_1 = ((_zz_firstBitAt_0 || _zz_firstBitAt_0_1) || (lockedReg && ((! active_0) || ((! ((sinceMidBit[4 : 3] == 2'b00) || (sinceMidBit[4 : 2] == 3'b010))) && (! transition_0)))));
  assign transition_1 = ((active_1 && active_0) && (filtered_1 ^ filtered_0));
  assign _zz_firstBitAt_1_1 = (transition_1 && ((! lockedReg) || (! ((sinceMidBit[4 : 2] == 3'b000) || (sinceMidBit[4 : 0] == 5'h04)))));
  assign firstBitAt_1 = ((! _zz_firstBitAt_1) && _zz_firstBitAt_1_1);
  assign _zz_firstBitAt_2 = ((_zz_firstBitAt_1 || _zz_firstBitAt_1_1) || (lockedReg && ((! active_1) || ((! (((sinceMidBit[4 : 3] == 2'b00) || (sinceMidBit[4 : 1] == 4'b0100)) || (sinceMidBit[4 : 0] == 5'h0a))) && (! transition_1)))));
  assign transition_2 = ((active_2 && active_1) && (filtered_2 ^ filtered_1));
  assign _zz_firstBitAt_2_1 = (transition_2 && ((! lockedReg) || (! (sinceMidBit[4 : 2] == 3'b000))));
  assign firstBitAt_2 = ((! _zz_firstBitAt_2) && _zz_firstBitAt_2_1);
  assign _zz_firstBitAt_3 = ((_zz_firstBitAt_2 || _zz_firstBitAt_2_1) || (lockedReg && ((! active_2) || ((! ((sinceMidBit[4 : 3] == 2'b00) || (sinceMidBit[4 : 1] == 4'b0100))) && (! transition_2)))));
  assign transition_3 = ((active_3 && active_2) && (filtered_3 ^ filtered_2));
  assign _zz_firstBitAt_3_1 = (transition_3 && ((! lockedReg) || (! ((sinceMidBit[4 : 1] == 4'b0000) || (sinceMidBit[4 : 0] == 5'h02)))));
  assign firstBitAt_3 = ((! _zz_firstBitAt_3) && _zz_firstBitAt_3_1);
  assign _zz_firstBitAt_4 = ((_zz_firstBitAt_3 || _zz_firstBitAt_3_1) || (lockedReg && ((! active_3) || ((! ((sinceMidBit[4 : 3] == 2'b00) || (sinceMidBit[4 : 0] == 5'h08))) && (! transition_3)))));
  assign transition_4 = ((active_4 && active_3) && (filtered_4 ^ filtered_3));
  assign _zz_firstBitAt_4_1 = (transition_4 && ((! lockedReg) || (! (sinceMidBit[4 : 1] == 4'b0000))));
  assign firstBitAt_4 = ((! _zz_firstBitAt_4) && _zz_firstBitAt_4_1);
  assign _zz_firstBitAt_5 = ((_zz_firstBitAt_4 || _zz_firstBitAt_4_1) || (lockedReg && ((! active_4) || ((! (sinceMidBit[4 : 3] == 2'b00)) && (! transition_4)))));
  assign transition_5 = ((active_5 && active_4) && (filtered_5 ^ filtered_4));
  assign _zz_firstBitAt_5_1 = (transition_5 && ((! lockedReg) || (! (sinceMidBit[4 : 0] == 5'h0))));
  assign firstBitAt_5 = ((! _zz_firstBitAt_5) && _zz_firstBitAt_5_1);
  assign _zz_firstBitAt_6 = ((_zz_firstBitAt_5 || _zz_firstBitAt_5_1) || (lockedReg && ((! active_5) || ((! (((sinceMidBit[4 : 2] == 3'b000) || (sinceMidBit[4 : 1] == 4'b0010)) || (sinceMidBit[4 : 0] == 5'h06))) && (! transition_5)))));
  assign transition_6 = ((active_6 && active_5) && (filtered_6 ^ filtered_5));
  assign _zz_firstBitAt_6_1 = (transition_6 && ((! lockedReg) || 1'b1));
  assign firstBitAt_6 = ((! _zz_firstBitAt_6) && _zz_firstBitAt_6_1);
  assign _zz_firstBitAt_7 = ((_zz_firstBitAt_6 || _zz_firstBitAt_6_1) || (lockedReg && ((! active_6) || ((! ((sinceMidBit[4 : 2] == 3'b000) || (sinceMidBit[4 : 1] == 4'b0010))) && (! transition_6)))));
  assign transition_7 = ((active_7 && active_6) && (filtered_7 ^ filtered_6));
  assign _zz_firstBitAt_7_1 = (transition_7 && ((! lockedReg) || 1'b1));
  assign firstBitAt_7 = ((! _zz_firstBitAt_7) && _zz_firstBitAt_7_1);
  assign _zz_lockLost = 1'b0;
  assign _zz_lockLost_1 = ((((((1'b1 && (_zz_lockLost || active_1)) && (_zz_lockLost || active_2)) && (_zz_lockLost || active_3)) && (_zz_lockLost || active_4)) && (_zz_lockLost || active_5)) && (_zz_lockLost || active_6));
  assign _zz_sinceMidBit = ((_zz_lockLost_1 && (! _zz_lockLost)) && transition_7);
  assign _zz_bitCount = (firstBitAt_0 && _zz_sinceMidBit);
  assign _zz_lockLost_2 = 1'b0;
  assign _zz_lockLost_3 = 1'b0;
  assign _zz_lockLost_4 = 1'b0;
  assign _zz_lockLost_5 = 1'b0;
  assign _zz_lockLost_6 = 1'b0;
  assign _zz_bitCount_1 = ((((((((1'b0 || firstBitAt_0) || firstBitAt_1) || firstBitAt_2) || firstBitAt_3) || firstBitAt_4) || firstBitAt_5) || firstBitAt_6) || firstBitAt_7);
  assign _zz_lockLost_7 = ((((((_zz__zz_lockLost_7 || _zz__zz_lockLost_7_5) || (firstBitAt_3 && _zz__zz_lockLost_7_10)) || (firstBitAt_4 && (! _zz__zz_lockLost_7_13))) || (firstBitAt_5 && (! (_zz__zz_lockLost_7_16 && _zz__zz_lockLost_7_17)))) || (firstBitAt_6 && (! (1'b1 && (_zz__zz_lockLost_7_18 || active_7))))) || (firstBitAt_7 && (! 1'b1)));
  assign _zz_lockLost_8 = (((_zz_firstBitAt_7 || _zz_firstBitAt_7_1) || (lockedReg && ((! active_7) || ((! ((sinceMidBit[4 : 2] == 3'b000) || (sinceMidBit[4 : 0] == 5'h04))) && (! transition_7))))) && (! _zz_bitCount_1));
  assign bitCount = ((1'b0 || _zz_bitCount) ? 2'b10 : (_zz_bitCount_1 ? 2'b01 : 2'b00));
  assign bits = {(_zz_bitCount ? filtered_7 : 1'b0),(firstBitAt_7 ? filtered_7 : (firstBitAt_6 ? filtered_6 : (firstBitAt_5 ? filtered_5 : (firstBitAt_4 ? filtered_4 : (firstBitAt_3 ? filtered_3 : (firstBitAt_2 ? filtered_2 : (firstBitAt_1 ? _zz_bits : _zz_bits_1)))))))};
  assign lockLost = (_zz_lockLost_8 || _zz_lockLost_7);
  always @(posedge clk) begin
    if(reset || clear) begin
      activeIn <= 8'h0;
      levelIn <= 8'h0;
      levelHistory <= 2'b00;
      activeHistory <= 1'b0;
      lastFiltered <= 1'b0;
      lastFilteredActive <= 1'b0;
      sinceMidBit <= 5'h0;
      lockedReg <= 1'b0;
    end else begin
      activeIn <= lineActive;
      levelIn <= lineLevel;
      levelHistory <= levelIn[7 : 6];
      activeHistory <= activeIn[7];
      lastFiltered <= filtered_7;
      lastFilteredActive <= active_7;
      sinceMidBit <= (_zz_bitCount_1 ? (firstBitAt_7 ? 5'h0 : (firstBitAt_6 ? 5'h01 : (firstBitAt_5 ? 5'h02 : (firstBitAt_4 ? 5'h03 : (firstBitAt_3 ? 5'h04 : (firstBitAt_2 ? _zz_sinceMidBit_1 : _zz_sinceMidBit_2)))))) : ((sinceMidBit[4 : 3] == 2'b00) ? _zz_sinceMidBit_3 : ((sinceMidBit[4 : 4] == 1'b0) ? 5'h10 : sinceMidBit)));
      lockedReg <= (_zz_bitCount_1 ? (! _zz_lockLost_7) : (lockedReg && (! _zz_lockLost_8)));
    end
  end


endmodule

module ManchesterEncoder (
  input  wire          txValid,
  input  wire [3:0]    txData,
  output wire          txReady,
  output wire          lineActive,
  output wire [7:0]    lineLevel,
  input  wire          clk,
  input  wire          reset,
  input  wire          clear
);

  reg        [1:0]    bitIndex;
  reg        [3:0]    shift;
  reg                 sending;
  reg                 ending;
  reg        [1:0]    endCount;
  wire                when_ManchesterEncoderjava_l78;
  wire                when_ManchesterEncoderjava_l85;
  wire                currentBit;

  assign txReady = (bitIndex == 2'b11);
  assign when_ManchesterEncoderjava_l78 = (sending && (! txValid));
  assign when_ManchesterEncoderjava_l85 = (endCount == 2'b10);
  assign currentBit = shift[bitIndex];
  assign lineLevel = (sending ? (currentBit ? 8'hf0 : 8'h0f) : (ending ? 8'hff : 8'h0));
  assign lineActive = (sending || ending);
  always @(posedge clk) begin
    if(reset || clear) begin
      bitIndex <= 2'b00;
      shift <= 4'b0000;
      sending <= 1'b0;
      ending <= 1'b0;
      endCount <= 2'b00;
    end else begin
      bitIndex <= (bitIndex + 2'b01);
      if(txReady) begin
        shift <= txData;
        sending <= txValid;
        if(when_ManchesterEncoderjava_l78) begin
          ending <= 1'b1;
          endCount <= 2'b00;
        end
      end
      if(ending) begin
        endCount <= (endCount + 2'b01);
        if(when_ManchesterEncoderjava_l85) begin
          ending <= 1'b0;
        end
      end
    end
  end


endmodule

module FrameDelimiter (
  input  wire          byteValid,
  input  wire [7:0]    byteData,
  input  wire          frameEnd,
  input  wire          dribbleIn,
  output reg           rxValid,
  output wire [7:0]    rxData,
  output reg           rxLast,
  output reg           rxDribble,
  input  wire          miiClk,
  input  wire          reset,
  input  wire          clear
);

  reg        [7:0]    held;
  reg                 holding;

  always @(*) begin
    rxValid = 1'b0;
    if(frameEnd) begin
      rxValid = holding;
    end else begin
      if(byteValid) begin
        rxValid = holding;
      end
    end
  end

  assign rxData = held;
  always @(*) begin
    rxLast = 1'b0;
    if(frameEnd) begin
      rxLast = 1'b1;
    end
  end

  always @(*) begin
    rxDribble = 1'b0;
    if(frameEnd) begin
      rxDribble = dribbleIn;
    end
  end

  always @(posedge miiClk) begin
    if(reset || clear) begin
      held <= 8'h0;
      holding <= 1'b0;
    end else begin
      if(frameEnd) begin
        holding <= 1'b0;
      end else begin
        if(byteValid) begin
          held <= byteData;
          holding <= 1'b1;
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
  input  wire          miiClk,
  input  wire          reset,
  input  wire          clear_1
);

  wire       [31:0]   _zz_stateAfterWordMixed;
  wire       [31:0]   _zz_stateAfterWordShift0;
  wire       [0:0]    _zz_stateAfterWordShift0_1;
  wire       [31:0]   _zz_stateAfterWordShift1;
  wire       [0:0]    _zz_stateAfterWordShift1_1;
  wire       [31:0]   _zz_stateAfterWordShift2;
  wire       [0:0]    _zz_stateAfterWordShift2_1;
  wire       [31:0]   _zz_stateAfterWordShift3;
  wire       [0:0]    _zz_stateAfterWordShift3_1;
  wire       [31:0]   _zz_stateAfterWordShift4;
  wire       [0:0]    _zz_stateAfterWordShift4_1;
  wire       [31:0]   _zz_stateAfterWordShift5;
  wire       [0:0]    _zz_stateAfterWordShift5_1;
  wire       [31:0]   _zz_stateAfterWordShift6;
  wire       [0:0]    _zz_stateAfterWordShift6_1;
  wire       [31:0]   _zz_stateAfterWord;
  wire       [0:0]    _zz_stateAfterWord_1;
  reg        [31:0]   state;
  reg                 enableErrorSticky;
  wire                frameEnded;
  wire                _zz_badWord;
  wire       [31:0]   stateAfterWordMixed;
  wire       [31:0]   stateAfterWordShift0;
  wire       [31:0]   stateAfterWordShift1;
  wire       [31:0]   stateAfterWordShift2;
  wire       [31:0]   stateAfterWordShift3;
  wire       [31:0]   stateAfterWordShift4;
  wire       [31:0]   stateAfterWordShift5;
  wire       [31:0]   stateAfterWordShift6;
  wire       [31:0]   stateAfterWord;
  wire                allLanes;
  wire                noLane;
  wire                badWord;
  reg        [31:0]   loopNext;
  wire                when_Crc32java_l126;

  assign _zz_stateAfterWordMixed = {24'd0, data};
  assign _zz_stateAfterWordShift0_1 = stateAfterWordMixed[0];
  assign _zz_stateAfterWordShift0 = {{31{_zz_stateAfterWordShift0_1[0]}}, _zz_stateAfterWordShift0_1};
  assign _zz_stateAfterWordShift1_1 = stateAfterWordShift0[0];
  assign _zz_stateAfterWordShift1 = {{31{_zz_stateAfterWordShift1_1[0]}}, _zz_stateAfterWordShift1_1};
  assign _zz_stateAfterWordShift2_1 = stateAfterWordShift1[0];
  assign _zz_stateAfterWordShift2 = {{31{_zz_stateAfterWordShift2_1[0]}}, _zz_stateAfterWordShift2_1};
  assign _zz_stateAfterWordShift3_1 = stateAfterWordShift2[0];
  assign _zz_stateAfterWordShift3 = {{31{_zz_stateAfterWordShift3_1[0]}}, _zz_stateAfterWordShift3_1};
  assign _zz_stateAfterWordShift4_1 = stateAfterWordShift3[0];
  assign _zz_stateAfterWordShift4 = {{31{_zz_stateAfterWordShift4_1[0]}}, _zz_stateAfterWordShift4_1};
  assign _zz_stateAfterWordShift5_1 = stateAfterWordShift4[0];
  assign _zz_stateAfterWordShift5 = {{31{_zz_stateAfterWordShift5_1[0]}}, _zz_stateAfterWordShift5_1};
  assign _zz_stateAfterWordShift6_1 = stateAfterWordShift5[0];
  assign _zz_stateAfterWordShift6 = {{31{_zz_stateAfterWordShift6_1[0]}}, _zz_stateAfterWordShift6_1};
  assign _zz_stateAfterWord_1 = stateAfterWordShift6[0];
  assign _zz_stateAfterWord = {{31{_zz_stateAfterWord_1[0]}}, _zz_stateAfterWord_1};
  assign _zz_badWord = (valid && (! clear));
  assign stateAfterWordMixed = (state ^ _zz_stateAfterWordMixed);
  assign stateAfterWordShift0 = ({1'b0,stateAfterWordMixed[31 : 1]} ^ (32'hedb88320 & _zz_stateAfterWordShift0));
  assign stateAfterWordShift1 = ({1'b0,stateAfterWordShift0[31 : 1]} ^ (32'hedb88320 & _zz_stateAfterWordShift1));
  assign stateAfterWordShift2 = ({1'b0,stateAfterWordShift1[31 : 1]} ^ (32'hedb88320 & _zz_stateAfterWordShift2));
  assign stateAfterWordShift3 = ({1'b0,stateAfterWordShift2[31 : 1]} ^ (32'hedb88320 & _zz_stateAfterWordShift3));
  assign stateAfterWordShift4 = ({1'b0,stateAfterWordShift3[31 : 1]} ^ (32'hedb88320 & _zz_stateAfterWordShift4));
  assign stateAfterWordShift5 = ({1'b0,stateAfterWordShift4[31 : 1]} ^ (32'hedb88320 & _zz_stateAfterWordShift5));
  assign stateAfterWordShift6 = ({1'b0,stateAfterWordShift5[31 : 1]} ^ (32'hedb88320 & _zz_stateAfterWordShift6));
  assign stateAfterWord = ({1'b0,stateAfterWordShift6[31 : 1]} ^ (32'hedb88320 & _zz_stateAfterWord));
  assign allLanes = (byteEnable == 1'b1);
  assign noLane = (byteEnable == 1'b0);
  assign badWord = ((((_zz_badWord && (! allLanes)) && (! noLane)) && (! 1'b0)) || ((_zz_badWord && frameEnded) && (! noLane)));
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
  assign frameEnded = 1'b0;
  assign crc = (~ state);
  assign residueOk = (state == 32'hdebb20e3);
  assign enableError = enableErrorSticky;
  always @(posedge miiClk) begin
    if(reset || clear_1) begin
      enableErrorSticky <= 1'b0;
    end else begin
      if(clear) begin
        enableErrorSticky <= 1'b0;
      end
      if(badWord) begin
        enableErrorSticky <= 1'b1;
      end
    end
  end

  always @(posedge miiClk) begin
    state <= loopNext;
  end


endmodule

module Crc32W8Preset26B6A4C8 (
  input  wire          clear,
  input  wire          valid,
  input  wire [7:0]    data,
  input  wire [0:0]    byteEnable,
  output wire [31:0]   crc,
  output wire          residueOk,
  output wire          enableError,
  input  wire          miiClk,
  input  wire          reset,
  input  wire          clear_1
);

  wire       [31:0]   _zz_stateAfterWordMixed;
  wire       [31:0]   _zz_stateAfterWordShift0;
  wire       [0:0]    _zz_stateAfterWordShift0_1;
  wire       [31:0]   _zz_stateAfterWordShift1;
  wire       [0:0]    _zz_stateAfterWordShift1_1;
  wire       [31:0]   _zz_stateAfterWordShift2;
  wire       [0:0]    _zz_stateAfterWordShift2_1;
  wire       [31:0]   _zz_stateAfterWordShift3;
  wire       [0:0]    _zz_stateAfterWordShift3_1;
  wire       [31:0]   _zz_stateAfterWordShift4;
  wire       [0:0]    _zz_stateAfterWordShift4_1;
  wire       [31:0]   _zz_stateAfterWordShift5;
  wire       [0:0]    _zz_stateAfterWordShift5_1;
  wire       [31:0]   _zz_stateAfterWordShift6;
  wire       [0:0]    _zz_stateAfterWordShift6_1;
  wire       [31:0]   _zz_stateAfterWord;
  wire       [0:0]    _zz_stateAfterWord_1;
  reg        [31:0]   state;
  reg                 enableErrorSticky;
  wire                frameEnded;
  wire                _zz_badWord;
  wire       [31:0]   stateAfterWordMixed;
  wire       [31:0]   stateAfterWordShift0;
  wire       [31:0]   stateAfterWordShift1;
  wire       [31:0]   stateAfterWordShift2;
  wire       [31:0]   stateAfterWordShift3;
  wire       [31:0]   stateAfterWordShift4;
  wire       [31:0]   stateAfterWordShift5;
  wire       [31:0]   stateAfterWordShift6;
  wire       [31:0]   stateAfterWord;
  wire                allLanes;
  wire                noLane;
  wire                badWord;
  reg        [31:0]   loopNext;
  wire                when_Crc32java_l126;

  assign _zz_stateAfterWordMixed = {24'd0, data};
  assign _zz_stateAfterWordShift0_1 = stateAfterWordMixed[0];
  assign _zz_stateAfterWordShift0 = {{31{_zz_stateAfterWordShift0_1[0]}}, _zz_stateAfterWordShift0_1};
  assign _zz_stateAfterWordShift1_1 = stateAfterWordShift0[0];
  assign _zz_stateAfterWordShift1 = {{31{_zz_stateAfterWordShift1_1[0]}}, _zz_stateAfterWordShift1_1};
  assign _zz_stateAfterWordShift2_1 = stateAfterWordShift1[0];
  assign _zz_stateAfterWordShift2 = {{31{_zz_stateAfterWordShift2_1[0]}}, _zz_stateAfterWordShift2_1};
  assign _zz_stateAfterWordShift3_1 = stateAfterWordShift2[0];
  assign _zz_stateAfterWordShift3 = {{31{_zz_stateAfterWordShift3_1[0]}}, _zz_stateAfterWordShift3_1};
  assign _zz_stateAfterWordShift4_1 = stateAfterWordShift3[0];
  assign _zz_stateAfterWordShift4 = {{31{_zz_stateAfterWordShift4_1[0]}}, _zz_stateAfterWordShift4_1};
  assign _zz_stateAfterWordShift5_1 = stateAfterWordShift4[0];
  assign _zz_stateAfterWordShift5 = {{31{_zz_stateAfterWordShift5_1[0]}}, _zz_stateAfterWordShift5_1};
  assign _zz_stateAfterWordShift6_1 = stateAfterWordShift5[0];
  assign _zz_stateAfterWordShift6 = {{31{_zz_stateAfterWordShift6_1[0]}}, _zz_stateAfterWordShift6_1};
  assign _zz_stateAfterWord_1 = stateAfterWordShift6[0];
  assign _zz_stateAfterWord = {{31{_zz_stateAfterWord_1[0]}}, _zz_stateAfterWord_1};
  assign _zz_badWord = (valid && (! clear));
  assign stateAfterWordMixed = (state ^ _zz_stateAfterWordMixed);
  assign stateAfterWordShift0 = ({1'b0,stateAfterWordMixed[31 : 1]} ^ (32'hedb88320 & _zz_stateAfterWordShift0));
  assign stateAfterWordShift1 = ({1'b0,stateAfterWordShift0[31 : 1]} ^ (32'hedb88320 & _zz_stateAfterWordShift1));
  assign stateAfterWordShift2 = ({1'b0,stateAfterWordShift1[31 : 1]} ^ (32'hedb88320 & _zz_stateAfterWordShift2));
  assign stateAfterWordShift3 = ({1'b0,stateAfterWordShift2[31 : 1]} ^ (32'hedb88320 & _zz_stateAfterWordShift3));
  assign stateAfterWordShift4 = ({1'b0,stateAfterWordShift3[31 : 1]} ^ (32'hedb88320 & _zz_stateAfterWordShift4));
  assign stateAfterWordShift5 = ({1'b0,stateAfterWordShift4[31 : 1]} ^ (32'hedb88320 & _zz_stateAfterWordShift5));
  assign stateAfterWordShift6 = ({1'b0,stateAfterWordShift5[31 : 1]} ^ (32'hedb88320 & _zz_stateAfterWordShift6));
  assign stateAfterWord = ({1'b0,stateAfterWordShift6[31 : 1]} ^ (32'hedb88320 & _zz_stateAfterWord));
  assign allLanes = (byteEnable == 1'b1);
  assign noLane = (byteEnable == 1'b0);
  assign badWord = ((((_zz_badWord && (! allLanes)) && (! noLane)) && (! 1'b0)) || ((_zz_badWord && frameEnded) && (! noLane)));
  always @(*) begin
    loopNext = state;
    if(when_Crc32java_l126) begin
      loopNext = stateAfterWord;
    end
    if(clear) begin
      loopNext = 32'h26b6a4c8;
    end
  end

  assign when_Crc32java_l126 = ((_zz_badWord && allLanes) && (! badWord));
  assign frameEnded = 1'b0;
  assign crc = (~ state);
  assign residueOk = (state == 32'hdebb20e3);
  assign enableError = enableErrorSticky;
  always @(posedge miiClk) begin
    if(reset || clear_1) begin
      enableErrorSticky <= 1'b0;
    end else begin
      if(clear) begin
        enableErrorSticky <= 1'b0;
      end
      if(badWord) begin
        enableErrorSticky <= 1'b1;
      end
    end
  end

  always @(posedge miiClk) begin
    state <= loopNext;
  end


endmodule
