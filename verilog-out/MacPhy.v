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
  output wire          txTooLong,
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
  output wire          lineOutLevel,
  input  wire          lineInActive,
  input  wire          lineInLevel,
  output wire          monitorRxDv,
  output wire [3:0]    monitorRxd,
  output wire          monitorRxEr,
  input  wire          reset,
  input  wire          clk
);

  wire       [9:0]    csma_backoffSeed;
  wire                tx_frameReady;
  wire                tx_txValid;
  wire       [7:0]    tx_txData;
  wire                tx_sent;
  wire                tx_underflow;
  wire                tx_tooLong;
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
  wire                phy_lineOutLevel;

  MacTx tx (
    .frameValid (frameValid     ), //i
    .frameReady (tx_frameReady  ), //o
    .frameData  (frameData[7:0] ), //i
    .frameLast  (frameLast      ), //i
    .txValid    (tx_txValid     ), //o
    .txData     (tx_txData[7:0] ), //o
    .txReady    (csma_macReady  ), //i
    .maxLength  (maxLength[13:0]), //i
    .sent       (tx_sent        ), //o
    .underflow  (tx_underflow   ), //o
    .tooLong    (tx_tooLong     ), //o
    .abortFrame (csma_macAbort  ), //i
    .miiClk     (miiClk         ), //i
    .reset      (reset          ), //i
    .clear      (clear          )  //i
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
    .frameSent           (tx_sent                      ), //i
    .halfDuplex          (halfDuplex                   ), //i
    .backoffSeed         (csma_backoffSeed[9:0]        ), //i
    .rewind              (csma_rewind                  ), //o
    .discard             (csma_discard                 ), //o
    .collision           (csma_collision               ), //o
    .lateCollision       (csma_lateCollision           ), //o
    .excessiveCollisions (csma_excessiveCollisions     ), //o
    .deferred            (csma_deferred                ), //o
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
    .lineOutLevel  (phy_lineOutLevel            ), //o
    .lineInActive  (lineInActive                ), //i
    .lineInLevel   (lineInLevel                 ), //i
    .miiClk        (miiClk                      ), //i
    .reset         (reset                       ), //i
    .clear         (clear                       ), //i
    .clk           (clk                         )  //i
  );
  assign frameReady = tx_frameReady;
  assign txSent = tx_sent;
  assign txUnderflow = tx_underflow;
  assign txTooLong = tx_tooLong;
  assign csma_backoffSeed = {stationAddress[39 : 38],stationAddress[47 : 40]};
  assign frameRewind = csma_rewind;
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
  output wire          lineOutLevel,
  input  wire          lineInActive,
  input  wire          lineInLevel,
  input  wire          miiClk,
  input  wire          reset,
  input  wire          clear,
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
    .reset      (reset             ), //i
    .clear      (clear             )  //i
  );
  ManchesterDecoder decoder (
    .lineActive (lineInActive    ), //i
    .lineLevel  (lineInLevel     ), //i
    .bitValid   (decoder_bitValid), //o
    .bitData    (decoder_bitData ), //o
    .locked     (decoder_locked  ), //o
    .clk        (clk             ), //i
    .reset      (reset           ), //i
    .clear      (clear           )  //i
  );
  RxNibbleFramer framer (
    .bitValid    (decoder_bitValid      ), //i
    .bitData     (decoder_bitData       ), //i
    .locked      (decoder_locked        ), //i
    .nibbleValid (framer_nibbleValid    ), //o
    .nibbleData  (framer_nibbleData[3:0]), //o
    .frameEnd    (framer_frameEnd       ), //o
    .clk         (clk                   ), //i
    .reset       (reset                 ), //i
    .clear       (clear                 )  //i
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
      if(clear) begin
      miiToggle <= 1'b0;
      end else begin
        miiToggle <= (! miiToggle);
      end
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
      if(clear) begin
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

  wire       [5:0]    _zz_sameAsStation;
  reg        [2:0]    index;
  reg                 sameAsStation;
  reg                 allOnes;
  reg                 groupAddress;
  wire                when_AddressFilterjava_l77;
  wire                when_AddressFilterjava_l81;
  wire                _zz_unicastMatch;
  wire                _zz_accept;

  assign _zz_sameAsStation = ({3'd0,index} <<< 2'd3);
  assign when_AddressFilterjava_l77 = (index < 3'b110);
  assign when_AddressFilterjava_l81 = (index == 3'b000);
  assign _zz_unicastMatch = (index == 3'b110);
  assign _zz_accept = (rxValid && rxLast);
  assign unicastMatch = ((_zz_accept && _zz_unicastMatch) && sameAsStation);
  assign broadcastMatch = ((_zz_accept && _zz_unicastMatch) && allOnes);
  assign multicastMatch = ((((_zz_accept && _zz_unicastMatch) && groupAddress) && (! allOnes)) && multicastHash[destinationHash]);
  assign accept = (((unicastMatch || broadcastMatch) || multicastMatch) || (_zz_accept && promiscuous));
  always @(posedge miiClk or posedge reset) begin
    if(reset) begin
      index <= 3'b000;
      sameAsStation <= 1'b1;
      allOnes <= 1'b1;
      groupAddress <= 1'b0;
    end else begin
      if(clear) begin
      index <= 3'b000;
      sameAsStation <= 1'b1;
      allOnes <= 1'b1;
      groupAddress <= 1'b0;
      end else begin
        if(rxValid) begin
          if(when_AddressFilterjava_l77) begin
            index <= (index + 3'b001);
            sameAsStation <= (sameAsStation && (rxData == stationAddress[_zz_sameAsStation +: 8]));
            allOnes <= (allOnes && (rxData == 8'hff));
            if(when_AddressFilterjava_l81) begin
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
  always @(posedge miiClk or posedge reset) begin
    if(reset) begin
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
      if(clear) begin
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
    .miiClk      (miiClk              ), //i
    .reset       (reset               ), //i
    .clear_1     (clear               )  //i
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
  always @(posedge miiClk or posedge reset) begin
    if(reset) begin
      validReg <= 1'b0;
      dataReg <= 8'h0;
      lastReg <= 1'b0;
      dribbleReg <= 1'b0;
      firstByte <= 1'b1;
      count <= 14'h0;
      hashReg <= 6'h0;
    end else begin
      if(clear) begin
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
  input  wire          frameSent,
  input  wire          halfDuplex,
  input  wire [9:0]    backoffSeed,
  output reg           rewind,
  output reg           discard,
  output reg           collision,
  output reg           lateCollision,
  output reg           excessiveCollisions,
  output reg           deferred,
  input  wire          miiClk,
  input  wire          reset,
  input  wire          clear
);

  reg        [1:0]    state;
  reg                 inBurst;
  reg        [6:0]    burstBytes;
  reg        [3:0]    gapCount;
  reg        [2:0]    jamCount;
  reg        [4:0]    attempts;
  reg                 late;
  reg        [9:0]    backoffSlots;
  reg        [5:0]    slotBytes;
  reg        [15:0]   lfsr;
  reg                 deferCounted;
  reg                 afterOwn;
  reg                 afterJam;
  reg                 released;
  reg                 deferring;
  reg                 permit;
  wire       [15:0]   _zz_lfsr;
  wire                when_CsmaCdjava_l156;
  wire       [15:0]   _zz_lfsr_1;
  wire                _zz_deferring;
  wire                when_CsmaCdjava_l195;
  wire                _zz_afterJam;
  wire                when_CsmaCdjava_l185;
  wire                when_CsmaCdjava_l190;
  wire                when_CsmaCdjava_l191;
  wire                when_CsmaCdjava_l200;
  wire                when_CsmaCdjava_l215;
  wire                when_CsmaCdjava_l214;
  wire                when_CsmaCdjava_l216;
  wire                when_CsmaCdjava_l222;
  wire                when_CsmaCdjava_l225;
  wire                when_CsmaCdjava_l231;
  wire                when_CsmaCdjava_l252;
  reg        [9:0]    _zz_backoffSlots;
  wire                when_CsmaCdjava_l272;
  wire                when_CsmaCdjava_l272_1;
  wire                when_CsmaCdjava_l272_2;
  wire                when_CsmaCdjava_l272_3;
  wire                when_CsmaCdjava_l272_4;
  wire                when_CsmaCdjava_l272_5;
  wire                when_CsmaCdjava_l272_6;
  wire                when_CsmaCdjava_l272_7;
  wire                when_CsmaCdjava_l272_8;
  wire                when_CsmaCdjava_l259;
  wire                when_CsmaCdjava_l286;
  wire                when_CsmaCdjava_l288;
  wire                when_CsmaCdjava_l247;
  wire                when_CsmaCdjava_l284;
  wire                when_CsmaCdjava_l295;

  assign _zz_lfsr = {lfsr[14 : 0],(((lfsr[15] ^ lfsr[13]) ^ lfsr[12]) ^ lfsr[10])};
  assign when_CsmaCdjava_l156 = ((((macValid || frameWaiting) || carrierSense) || inBurst) || (! (state == 2'b00)));
  assign _zz_lfsr_1 = (_zz_lfsr ^ {6'h0,backoffSeed});
  always @(*) begin
    lineValid = (macValid && macReady);
    if(when_CsmaCdjava_l214) begin
      if(when_CsmaCdjava_l231) begin
        lineValid = 1'b1;
      end
    end else begin
      if(when_CsmaCdjava_l247) begin
        lineValid = 1'b1;
      end else begin
        if(when_CsmaCdjava_l284) begin
          lineValid = 1'b0;
        end
      end
    end
    if(when_CsmaCdjava_l295) begin
      lineValid = (macValid && phyReady);
    end
  end

  always @(*) begin
    lineData = macData;
    if(when_CsmaCdjava_l214) begin
      if(when_CsmaCdjava_l231) begin
        lineData = 8'h55;
      end
    end else begin
      if(when_CsmaCdjava_l247) begin
        lineData = 8'h55;
      end
    end
    if(when_CsmaCdjava_l295) begin
      lineData = macData;
    end
  end

  assign macReady = (phyReady && permit);
  always @(*) begin
    macAbort = (! (state == 2'b00));
    if(when_CsmaCdjava_l214) begin
      if(when_CsmaCdjava_l231) begin
        macAbort = 1'b1;
      end
    end
    if(when_CsmaCdjava_l295) begin
      macAbort = 1'b0;
    end
  end

  always @(*) begin
    rewind = 1'b0;
    if(!when_CsmaCdjava_l214) begin
      if(when_CsmaCdjava_l247) begin
        if(phyReady) begin
          if(when_CsmaCdjava_l252) begin
            if(!late) begin
              if(!when_CsmaCdjava_l259) begin
                rewind = 1'b1;
              end
            end
          end
        end
      end
    end
    if(when_CsmaCdjava_l295) begin
      rewind = 1'b0;
    end
  end

  always @(*) begin
    discard = 1'b0;
    if(!when_CsmaCdjava_l214) begin
      if(when_CsmaCdjava_l247) begin
        if(phyReady) begin
          if(when_CsmaCdjava_l252) begin
            if(late) begin
              discard = 1'b1;
            end else begin
              if(when_CsmaCdjava_l259) begin
                discard = 1'b1;
              end
            end
          end
        end
      end
    end
    if(when_CsmaCdjava_l295) begin
      discard = 1'b0;
    end
  end

  always @(*) begin
    collision = 1'b0;
    if(when_CsmaCdjava_l214) begin
      if(when_CsmaCdjava_l231) begin
        collision = 1'b1;
      end
    end
    if(when_CsmaCdjava_l295) begin
      collision = 1'b0;
    end
  end

  always @(*) begin
    lateCollision = 1'b0;
    if(!when_CsmaCdjava_l214) begin
      if(when_CsmaCdjava_l247) begin
        if(phyReady) begin
          if(when_CsmaCdjava_l252) begin
            if(late) begin
              lateCollision = 1'b1;
            end
          end
        end
      end
    end
    if(when_CsmaCdjava_l295) begin
      lateCollision = 1'b0;
    end
  end

  always @(*) begin
    excessiveCollisions = 1'b0;
    if(!when_CsmaCdjava_l214) begin
      if(when_CsmaCdjava_l247) begin
        if(phyReady) begin
          if(when_CsmaCdjava_l252) begin
            if(!late) begin
              if(when_CsmaCdjava_l259) begin
                excessiveCollisions = 1'b1;
              end
            end
          end
        end
      end
    end
    if(when_CsmaCdjava_l295) begin
      excessiveCollisions = 1'b0;
    end
  end

  always @(*) begin
    deferred = 1'b0;
    if(when_CsmaCdjava_l214) begin
      if(when_CsmaCdjava_l215) begin
        if(when_CsmaCdjava_l216) begin
          deferred = 1'b1;
        end
      end
    end
    if(when_CsmaCdjava_l295) begin
      deferred = 1'b0;
    end
  end

  assign _zz_deferring = (! (gapCount == 4'b0000));
  assign when_CsmaCdjava_l195 = (phyReady && (gapCount == 4'b0001));
  assign _zz_afterJam = (((state == 2'b01) && phyReady) && (jamCount == 3'b011));
  assign when_CsmaCdjava_l185 = (((((state == 2'b00) && macReady) && (! macValid)) && inBurst) || _zz_afterJam);
  assign when_CsmaCdjava_l190 = (carrierSense && (! ((afterOwn || released) || (_zz_deferring && (! (4'b0100 < gapCount))))));
  assign when_CsmaCdjava_l191 = (phyReady && _zz_deferring);
  assign when_CsmaCdjava_l200 = (((! frameWaiting) || (macReady && macValid)) || (! (state == 2'b00)));
  assign when_CsmaCdjava_l215 = (deferring && (! inBurst));
  assign when_CsmaCdjava_l214 = (state == 2'b00);
  assign when_CsmaCdjava_l216 = (frameWaiting && (! deferCounted));
  assign when_CsmaCdjava_l222 = (macReady && macValid);
  assign when_CsmaCdjava_l225 = (burstBytes < 7'h41);
  assign when_CsmaCdjava_l231 = ((halfDuplex && inBurst) && carrierSense);
  assign when_CsmaCdjava_l252 = (jamCount == 3'b011);
  always @(*) begin
    _zz_backoffSlots = 10'h3ff;
    if(when_CsmaCdjava_l272) begin
      _zz_backoffSlots = 10'h001;
    end
    if(when_CsmaCdjava_l272_1) begin
      _zz_backoffSlots = 10'h003;
    end
    if(when_CsmaCdjava_l272_2) begin
      _zz_backoffSlots = 10'h007;
    end
    if(when_CsmaCdjava_l272_3) begin
      _zz_backoffSlots = 10'h00f;
    end
    if(when_CsmaCdjava_l272_4) begin
      _zz_backoffSlots = 10'h01f;
    end
    if(when_CsmaCdjava_l272_5) begin
      _zz_backoffSlots = 10'h03f;
    end
    if(when_CsmaCdjava_l272_6) begin
      _zz_backoffSlots = 10'h07f;
    end
    if(when_CsmaCdjava_l272_7) begin
      _zz_backoffSlots = 10'h0ff;
    end
    if(when_CsmaCdjava_l272_8) begin
      _zz_backoffSlots = 10'h1ff;
    end
  end

  assign when_CsmaCdjava_l272 = (attempts == 5'h01);
  assign when_CsmaCdjava_l272_1 = (attempts == 5'h02);
  assign when_CsmaCdjava_l272_2 = (attempts == 5'h03);
  assign when_CsmaCdjava_l272_3 = (attempts == 5'h04);
  assign when_CsmaCdjava_l272_4 = (attempts == 5'h05);
  assign when_CsmaCdjava_l272_5 = (attempts == 5'h06);
  assign when_CsmaCdjava_l272_6 = (attempts == 5'h07);
  assign when_CsmaCdjava_l272_7 = (attempts == 5'h08);
  assign when_CsmaCdjava_l272_8 = (attempts == 5'h09);
  assign when_CsmaCdjava_l259 = (attempts == 5'h10);
  assign when_CsmaCdjava_l286 = (backoffSlots == 10'h0);
  assign when_CsmaCdjava_l288 = (slotBytes == 6'h3f);
  assign when_CsmaCdjava_l247 = (state == 2'b01);
  assign when_CsmaCdjava_l284 = (state == 2'b10);
  assign when_CsmaCdjava_l295 = (! halfDuplex);
  always @(posedge miiClk or posedge reset) begin
    if(reset) begin
      state <= 2'b00;
      inBurst <= 1'b0;
      burstBytes <= 7'h0;
      gapCount <= 4'b0000;
      jamCount <= 3'b000;
      attempts <= 5'h0;
      late <= 1'b0;
      backoffSlots <= 10'h0;
      slotBytes <= 6'h0;
      lfsr <= 16'hace1;
      deferCounted <= 1'b0;
      afterOwn <= 1'b0;
      afterJam <= 1'b0;
      released <= 1'b0;
      deferring <= 1'b0;
      permit <= 1'b1;
    end else begin
      if(clear) begin
      state <= 2'b00;
      inBurst <= 1'b0;
      burstBytes <= 7'h0;
      gapCount <= 4'b0000;
      jamCount <= 3'b000;
      attempts <= 5'h0;
      late <= 1'b0;
      backoffSlots <= 10'h0;
      slotBytes <= 6'h0;
      lfsr <= 16'hace1;
      deferCounted <= 1'b0;
      afterOwn <= 1'b0;
      afterJam <= 1'b0;
      released <= 1'b0;
      deferring <= 1'b0;
      permit <= 1'b1;
      end else begin
        if(when_CsmaCdjava_l156) begin
          lfsr <= _zz_lfsr;
        end
        if(when_CsmaCdjava_l185) begin
          gapCount <= 4'b1011;
          afterOwn <= 1'b1;
          afterJam <= _zz_afterJam;
        end else begin
          if(when_CsmaCdjava_l190) begin
            gapCount <= 4'b1100;
          end else begin
            if(when_CsmaCdjava_l191) begin
              gapCount <= (gapCount - 4'b0001);
            end
          end
        end
        if(when_CsmaCdjava_l195) begin
          afterOwn <= 1'b0;
          afterJam <= 1'b0;
          released <= 1'b1;
        end
        if(when_CsmaCdjava_l200) begin
          released <= 1'b0;
        end
        deferring <= (((halfDuplex && (! released)) && (! afterOwn)) && (carrierSense || _zz_deferring));
        permit <= ((! halfDuplex) || (((state == 2'b00) && (! when_CsmaCdjava_l215)) && (! (_zz_afterJam || (afterJam && _zz_deferring)))));
        if(frameSent) begin
          attempts <= 5'h0;
        end
        if(when_CsmaCdjava_l214) begin
          if(when_CsmaCdjava_l215) begin
            if(when_CsmaCdjava_l216) begin
              deferCounted <= 1'b1;
            end
          end
          if(when_CsmaCdjava_l222) begin
            inBurst <= 1'b1;
            deferCounted <= 1'b0;
            if(when_CsmaCdjava_l225) begin
              burstBytes <= (burstBytes + 7'h01);
            end
          end else begin
            if(macReady) begin
              inBurst <= 1'b0;
              burstBytes <= 7'h0;
            end
          end
          if(when_CsmaCdjava_l231) begin
            late <= (7'h40 < burstBytes);
            attempts <= (attempts + 5'h01);
            inBurst <= 1'b0;
            burstBytes <= 7'h0;
            jamCount <= (phyReady ? 3'b001 : 3'b000);
            lfsr <= ((_zz_lfsr_1 == 16'h0) ? _zz_lfsr : _zz_lfsr_1);
            state <= 2'b01;
          end
        end else begin
          if(when_CsmaCdjava_l247) begin
            if(phyReady) begin
              jamCount <= (jamCount + 3'b001);
              if(when_CsmaCdjava_l252) begin
                if(late) begin
                  attempts <= 5'h0;
                  state <= 2'b00;
                end else begin
                  if(when_CsmaCdjava_l259) begin
                    attempts <= 5'h0;
                    state <= 2'b00;
                  end else begin
                    backoffSlots <= ((lfsr[9 : 0] ^ backoffSeed) & _zz_backoffSlots);
                    slotBytes <= 6'h0;
                    state <= 2'b10;
                  end
                end
              end
            end
          end else begin
            if(when_CsmaCdjava_l284) begin
              if(when_CsmaCdjava_l286) begin
                state <= 2'b00;
              end else begin
                if(phyReady) begin
                  slotBytes <= (slotBytes + 6'h01);
                  if(when_CsmaCdjava_l288) begin
                    backoffSlots <= (backoffSlots - 10'h001);
                  end
                end
              end
            end
          end
        end
        if(when_CsmaCdjava_l295) begin
          state <= 2'b00;
        end
      end
    end
  end


endmodule

module MacTx (
  input  wire          frameValid,
  output reg           frameReady,
  input  wire [7:0]    frameData,
  input  wire          frameLast,
  output reg           txValid,
  output reg  [7:0]    txData,
  input  wire          txReady,
  input  wire [13:0]   maxLength,
  output reg           sent,
  output reg           underflow,
  output reg           tooLong,
  input  wire          abortFrame,
  input  wire          miiClk,
  input  wire          reset,
  input  wire          clear
);

  reg                 fcs_clear;
  reg                 fcs_valid;
  wire       [7:0]    fcs_data;
  wire       [31:0]   fcs_crc;
  wire                fcs_residueOk;
  wire                fcs_enableError;
  wire       [4:0]    _zz__zz_fcsByte;
  wire       [1:0]    _zz__zz_fcsByte_1;
  wire       [7:0]    _zz_txData;
  reg        [2:0]    state;
  reg        [5:0]    count;
  reg        [13:0]   remaining;
  reg                 atLimit;
  reg                 belowMinimum;
  reg                 corruptFcs;
  reg                 draining;
  wire       [7:0]    fcsByte;
  wire       [7:0]    _zz_fcsByte;
  wire                when_MacTxjava_l129;
  wire                startFrame;
  wire                when_MacTxjava_l134;
  wire                when_MacTxjava_l147;
  wire                when_MacTxjava_l163;
  wire                when_MacTxjava_l171;
  wire                when_MacTxjava_l202;
  wire                when_MacTxjava_l213;
  wire                when_MacTxjava_l224;
  wire                when_MacTxjava_l143;
  wire                when_MacTxjava_l150;
  wire                when_MacTxjava_l162;
  wire                when_MacTxjava_l197;
  wire                when_MacTxjava_l208;
  wire                when_MacTxjava_l220;

  assign _zz__zz_fcsByte = ({3'd0,_zz__zz_fcsByte_1} <<< 2'd3);
  assign _zz__zz_fcsByte_1 = count[1:0];
  assign _zz_txData = fcs_crc[7:0];
  Crc32W8 fcs (
    .clear       (fcs_clear      ), //i
    .valid       (fcs_valid      ), //i
    .data        (fcs_data[7:0]  ), //i
    .byteEnable  (1'b1           ), //i
    .crc         (fcs_crc[31:0]  ), //o
    .residueOk   (fcs_residueOk  ), //o
    .enableError (fcs_enableError), //o
    .miiClk      (miiClk         ), //i
    .reset       (reset          ), //i
    .clear_1     (clear          )  //i
  );
  assign _zz_fcsByte = fcs_crc[_zz__zz_fcsByte +: 8];
  assign fcsByte = (corruptFcs ? (~ _zz_fcsByte) : _zz_fcsByte);
  always @(*) begin
    txValid = 1'b0;
    if(when_MacTxjava_l134) begin
      if(startFrame) begin
        txValid = 1'b1;
      end
    end else begin
      if(when_MacTxjava_l143) begin
        txValid = 1'b1;
      end else begin
        if(when_MacTxjava_l150) begin
          txValid = 1'b1;
        end else begin
          if(when_MacTxjava_l162) begin
            if(when_MacTxjava_l163) begin
              txValid = 1'b1;
            end else begin
              txValid = 1'b1;
            end
          end else begin
            if(when_MacTxjava_l197) begin
              txValid = 1'b1;
            end else begin
              if(when_MacTxjava_l208) begin
                txValid = 1'b1;
              end
            end
          end
        end
      end
    end
    if(abortFrame) begin
      txValid = 1'b0;
    end
  end

  always @(*) begin
    txData = 8'h0;
    if(when_MacTxjava_l134) begin
      if(startFrame) begin
        txData = 8'h55;
      end
    end else begin
      if(when_MacTxjava_l143) begin
        txData = 8'h55;
      end else begin
        if(when_MacTxjava_l150) begin
          txData = 8'hd5;
        end else begin
          if(when_MacTxjava_l162) begin
            if(when_MacTxjava_l163) begin
              txData = frameData;
            end else begin
              txData = (~ _zz_txData);
            end
          end else begin
            if(when_MacTxjava_l197) begin
              txData = 8'h0;
            end else begin
              if(when_MacTxjava_l208) begin
                txData = fcsByte;
              end
            end
          end
        end
      end
    end
  end

  always @(*) begin
    frameReady = draining;
    if(!when_MacTxjava_l134) begin
      if(!when_MacTxjava_l143) begin
        if(!when_MacTxjava_l150) begin
          if(when_MacTxjava_l162) begin
            if(when_MacTxjava_l163) begin
              frameReady = txReady;
            end
          end
        end
      end
    end
    if(abortFrame) begin
      frameReady = 1'b0;
    end
  end

  always @(*) begin
    fcs_clear = 1'b0;
    if(!when_MacTxjava_l134) begin
      if(!when_MacTxjava_l143) begin
        if(when_MacTxjava_l150) begin
          fcs_clear = txReady;
        end
      end
    end
    if(abortFrame) begin
      fcs_clear = 1'b0;
    end
  end

  always @(*) begin
    fcs_valid = 1'b0;
    if(!when_MacTxjava_l134) begin
      if(!when_MacTxjava_l143) begin
        if(!when_MacTxjava_l150) begin
          if(when_MacTxjava_l162) begin
            if(when_MacTxjava_l163) begin
              fcs_valid = txReady;
            end
          end else begin
            if(when_MacTxjava_l197) begin
              fcs_valid = txReady;
            end
          end
        end
      end
    end
    if(abortFrame) begin
      fcs_valid = 1'b0;
    end
  end

  assign fcs_data = ((state == 3'b100) ? 8'h0 : frameData);
  always @(*) begin
    sent = 1'b0;
    if(!when_MacTxjava_l134) begin
      if(!when_MacTxjava_l143) begin
        if(!when_MacTxjava_l150) begin
          if(!when_MacTxjava_l162) begin
            if(!when_MacTxjava_l197) begin
              if(when_MacTxjava_l208) begin
                if(txReady) begin
                  if(when_MacTxjava_l213) begin
                    sent = (! corruptFcs);
                  end
                end
              end
            end
          end
        end
      end
    end
    if(abortFrame) begin
      sent = 1'b0;
    end
  end

  always @(*) begin
    underflow = 1'b0;
    if(!when_MacTxjava_l134) begin
      if(!when_MacTxjava_l143) begin
        if(!when_MacTxjava_l150) begin
          if(when_MacTxjava_l162) begin
            if(!when_MacTxjava_l163) begin
              if(txReady) begin
                underflow = (! frameValid);
              end
            end
          end
        end
      end
    end
    if(abortFrame) begin
      underflow = 1'b0;
    end
  end

  always @(*) begin
    tooLong = 1'b0;
    if(!when_MacTxjava_l134) begin
      if(!when_MacTxjava_l143) begin
        if(!when_MacTxjava_l150) begin
          if(when_MacTxjava_l162) begin
            if(!when_MacTxjava_l163) begin
              if(txReady) begin
                tooLong = frameValid;
              end
            end
          end
        end
      end
    end
    if(abortFrame) begin
      tooLong = 1'b0;
    end
  end

  assign when_MacTxjava_l129 = ((draining && frameValid) && frameLast);
  assign startFrame = (frameValid && (! draining));
  assign when_MacTxjava_l134 = (state == 3'b000);
  assign when_MacTxjava_l147 = (count == 6'h06);
  assign when_MacTxjava_l163 = (frameValid && (! atLimit));
  assign when_MacTxjava_l171 = (count == 6'h3a);
  assign when_MacTxjava_l202 = (count == 6'h3b);
  assign when_MacTxjava_l213 = (count == 6'h03);
  assign when_MacTxjava_l224 = (count == 6'h0b);
  assign when_MacTxjava_l143 = (state == 3'b001);
  assign when_MacTxjava_l150 = (state == 3'b010);
  assign when_MacTxjava_l162 = (state == 3'b011);
  assign when_MacTxjava_l197 = (state == 3'b100);
  assign when_MacTxjava_l208 = (state == 3'b101);
  assign when_MacTxjava_l220 = (state == 3'b110);
  always @(posedge miiClk or posedge reset) begin
    if(reset) begin
      state <= 3'b000;
      count <= 6'h0;
      remaining <= 14'h0;
      atLimit <= 1'b0;
      belowMinimum <= 1'b1;
      corruptFcs <= 1'b0;
      draining <= 1'b0;
    end else begin
      if(clear) begin
      state <= 3'b000;
      count <= 6'h0;
      remaining <= 14'h0;
      atLimit <= 1'b0;
      belowMinimum <= 1'b1;
      corruptFcs <= 1'b0;
      draining <= 1'b0;
      end else begin
        if(when_MacTxjava_l129) begin
          draining <= 1'b0;
        end
        if(when_MacTxjava_l134) begin
          if(startFrame) begin
            if(txReady) begin
              count <= 6'h01;
              state <= 3'b001;
            end
          end
        end else begin
          if(when_MacTxjava_l143) begin
            if(txReady) begin
              count <= (count + 6'h01);
              if(when_MacTxjava_l147) begin
                state <= 3'b010;
              end
            end
          end else begin
            if(when_MacTxjava_l150) begin
              if(txReady) begin
                count <= 6'h0;
                remaining <= maxLength;
                atLimit <= (maxLength == 14'h0);
                belowMinimum <= 1'b1;
                corruptFcs <= 1'b0;
                state <= 3'b011;
              end
            end else begin
              if(when_MacTxjava_l162) begin
                if(when_MacTxjava_l163) begin
                  if(txReady) begin
                    count <= (count + 6'h01);
                    if(when_MacTxjava_l171) begin
                      belowMinimum <= 1'b0;
                    end
                    remaining <= (remaining - 14'h0001);
                    atLimit <= (remaining == 14'h0001);
                    if(frameLast) begin
                      if(belowMinimum) begin
                        state <= 3'b100;
                      end else begin
                        count <= 6'h0;
                        state <= 3'b101;
                      end
                    end
                  end
                end else begin
                  if(txReady) begin
                    corruptFcs <= 1'b1;
                    draining <= 1'b1;
                    count <= 6'h01;
                    state <= 3'b101;
                  end
                end
              end else begin
                if(when_MacTxjava_l197) begin
                  if(txReady) begin
                    count <= (count + 6'h01);
                    if(when_MacTxjava_l202) begin
                      count <= 6'h0;
                      state <= 3'b101;
                    end
                  end
                end else begin
                  if(when_MacTxjava_l208) begin
                    if(txReady) begin
                      count <= (count + 6'h01);
                      if(when_MacTxjava_l213) begin
                        count <= 6'h0;
                        state <= 3'b110;
                      end
                    end
                  end else begin
                    if(when_MacTxjava_l220) begin
                      if(txReady) begin
                        count <= (count + 6'h01);
                        if(when_MacTxjava_l224) begin
                          state <= 3'b000;
                        end
                      end
                    end
                  end
                end
              end
            end
          end
        end
        if(abortFrame) begin
          draining <= 1'b0;
          count <= 6'h0;
          state <= 3'b000;
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
  input  wire          reset,
  input  wire          clear
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
      if(clear) begin
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
  end


endmodule

module ManchesterDecoder (
  input  wire          lineActive,
  input  wire          lineLevel,
  output reg           bitValid,
  output wire          bitData,
  output wire          locked,
  input  wire          clk,
  input  wire          reset,
  input  wire          clear
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
      if(clear) begin
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
  end


endmodule

module ManchesterEncoder (
  input  wire          txValid,
  input  wire [3:0]    txData,
  output wire          txReady,
  output wire          lineActive,
  output wire          lineLevel,
  input  wire          clk,
  input  wire          reset,
  input  wire          clear
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
      if(clear) begin
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

  always @(posedge miiClk or posedge reset) begin
    if(reset) begin
      held <= 8'h0;
      holding <= 1'b0;
    end else begin
      if(clear) begin
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
  end


endmodule

//Crc32W8_1 replaced by Crc32W8

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
  wire       [7:0]    _zz_stateAfterWordMixed_1;
  reg        [31:0]   state;
  reg                 enableErrorSticky;
  wire                frameEnded;
  wire       [31:0]   startState;
  wire       [31:0]   stateAfterWordMixed;
  reg        [31:0]   stateAfterWord;
  wire                allLanes;
  wire                noLane;
  wire                badWord;
  reg        [31:0]   loopNext;
  wire                when_Crc32java_l109;

  assign _zz_stateAfterWordMixed_1 = data[7 : 0];
  assign _zz_stateAfterWordMixed = {24'd0, _zz_stateAfterWordMixed_1};
  assign startState = (clear ? 32'hffffffff : state);
  assign stateAfterWordMixed = (startState ^ _zz_stateAfterWordMixed);
  always @(*) begin
    stateAfterWord[0] = (^(stateAfterWordMixed & 32'h00000104));
    stateAfterWord[1] = (^(stateAfterWordMixed & 32'h00000209));
    stateAfterWord[2] = (^(stateAfterWordMixed & 32'h00000413));
    stateAfterWord[3] = (^(stateAfterWordMixed & 32'h00000826));
    stateAfterWord[4] = (^(stateAfterWordMixed & 32'h0000104d));
    stateAfterWord[5] = (^(stateAfterWordMixed & 32'h0000209a));
    stateAfterWord[6] = (^(stateAfterWordMixed & 32'h00004030));
    stateAfterWord[7] = (^(stateAfterWordMixed & 32'h00008061));
    stateAfterWord[8] = (^(stateAfterWordMixed & 32'h000100c2));
    stateAfterWord[9] = (^(stateAfterWordMixed & 32'h00020080));
    stateAfterWord[10] = (^(stateAfterWordMixed & 32'h00040004));
    stateAfterWord[11] = (^(stateAfterWordMixed & 32'h00080008));
    stateAfterWord[12] = (^(stateAfterWordMixed & 32'h00100011));
    stateAfterWord[13] = (^(stateAfterWordMixed & 32'h00200023));
    stateAfterWord[14] = (^(stateAfterWordMixed & 32'h00400046));
    stateAfterWord[15] = (^(stateAfterWordMixed & 32'h0080008c));
    stateAfterWord[16] = (^(stateAfterWordMixed & 32'h0100001d));
    stateAfterWord[17] = (^(stateAfterWordMixed & 32'h0200003b));
    stateAfterWord[18] = (^(stateAfterWordMixed & 32'h04000077));
    stateAfterWord[19] = (^(stateAfterWordMixed & 32'h080000ee));
    stateAfterWord[20] = (^(stateAfterWordMixed & 32'h100000d8));
    stateAfterWord[21] = (^(stateAfterWordMixed & 32'h200000b4));
    stateAfterWord[22] = (^(stateAfterWordMixed & 32'h4000006c));
    stateAfterWord[23] = (^(stateAfterWordMixed & 32'h800000d8));
    stateAfterWord[24] = (^(stateAfterWordMixed & 32'h000000b5));
    stateAfterWord[25] = (^(stateAfterWordMixed & 32'h0000006f));
    stateAfterWord[26] = (^(stateAfterWordMixed & 32'h000000df));
    stateAfterWord[27] = (^(stateAfterWordMixed & 32'h000000ba));
    stateAfterWord[28] = (^(stateAfterWordMixed & 32'h00000071));
    stateAfterWord[29] = (^(stateAfterWordMixed & 32'h000000e3));
    stateAfterWord[30] = (^(stateAfterWordMixed & 32'h000000c3));
    stateAfterWord[31] = (^(stateAfterWordMixed & 32'h00000082));
  end

  assign allLanes = (byteEnable == 1'b1);
  assign noLane = (byteEnable == 1'b0);
  assign badWord = ((((valid && (! allLanes)) && (! noLane)) && (! 1'b0)) || (((valid && frameEnded) && (! clear)) && (! noLane)));
  always @(*) begin
    loopNext = startState;
    if(when_Crc32java_l109) begin
      loopNext = stateAfterWord;
    end
  end

  assign when_Crc32java_l109 = ((valid && allLanes) && (! badWord));
  assign frameEnded = 1'b0;
  assign crc = (~ state);
  assign residueOk = (state == 32'hdebb20e3);
  assign enableError = enableErrorSticky;
  always @(posedge miiClk or posedge reset) begin
    if(reset) begin
      state <= 32'hffffffff;
      enableErrorSticky <= 1'b0;
    end else begin
      if(clear_1) begin
      state <= 32'hffffffff;
      enableErrorSticky <= 1'b0;
      end else begin
        state <= loopNext;
        if(clear) begin
          enableErrorSticky <= 1'b0;
        end
        if(badWord) begin
          enableErrorSticky <= 1'b1;
        end
      end
    end
  end


endmodule
