// Generator : SpinalHDL v1.14.2    git head : 78f29dc66110fc099a777992b6daa2f803ab445e
// Component : MacFast

`timescale 1ns/1ps

module MacFast (
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
  output wire          lineOutValid,
  output wire [7:0]    lineOutData,
  input  wire          lineInValid,
  input  wire [7:0]    lineInData,
  output wire          monitorBackoff,
  output wire [9:0]    monitorBackoffSlots,
  output wire [4:0]    monitorCollisions,
  output wire          monitorDeferred,
  input  wire          clk,
  input  wire          reset
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
  wire                byteFramer_rxValid;
  wire       [7:0]    byteFramer_rxData;
  wire                byteFramer_rxLast;
  wire                byteFramer_rxDribble;
  wire                filter_accept;
  wire                filter_unicastMatch;
  wire                filter_broadcastMatch;
  wire                filter_multicastMatch;
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
    .clk        (clk           ), //i
    .reset      (reset         ), //i
    .clear      (clear         )  //i
  );
  CsmaCd csma (
    .macValid            (tx_txValid                ), //i
    .macData             (tx_txData[7:0]            ), //i
    .macReady            (csma_macReady             ), //o
    .macAbort            (csma_macAbort             ), //o
    .lineValid           (csma_lineValid            ), //o
    .lineData            (csma_lineData[7:0]        ), //o
    .phyReady            (1'b1                      ), //i
    .carrierSense        (lineInValid               ), //i
    .frameWaiting        (frameValid                ), //i
    .halfDuplex          (halfDuplex                ), //i
    .backoffSeed         (csma_backoffSeed[9:0]     ), //i
    .rewind              (csma_rewind               ), //o
    .discard             (csma_discard              ), //o
    .collision           (csma_collision            ), //o
    .lateCollision       (csma_lateCollision        ), //o
    .excessiveCollisions (csma_excessiveCollisions  ), //o
    .deferred            (csma_deferred             ), //o
    .drawnSlots          (csma_drawnSlots[9:0]      ), //o
    .collidedAttempts    (csma_collidedAttempts[4:0]), //o
    .clk                 (clk                       ), //i
    .reset               (reset                     ), //i
    .clear               (clear                     )  //i
  );
  RxChecker rxCheck (
    .rxValid         (byteFramer_rxValid          ), //i
    .rxData          (byteFramer_rxData[7:0]      ), //i
    .rxLast          (byteFramer_rxLast           ), //i
    .rxDribble       (byteFramer_rxDribble        ), //i
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
    .clk             (clk                         ), //i
    .reset           (reset                       ), //i
    .clear           (clear                       )  //i
  );
  RxByteFramer byteFramer (
    .lineValid (lineInValid           ), //i
    .lineData  (lineInData[7:0]       ), //i
    .rxValid   (byteFramer_rxValid    ), //o
    .rxData    (byteFramer_rxData[7:0]), //o
    .rxLast    (byteFramer_rxLast     ), //o
    .rxDribble (byteFramer_rxDribble  ), //o
    .clk       (clk                   ), //i
    .reset     (reset                 ), //i
    .clear     (clear                 )  //i
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
    .clk             (clk                         ), //i
    .reset           (reset                       ), //i
    .clear           (clear                       )  //i
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
  assign lineOutValid = csma_lineValid;
  assign lineOutData = csma_lineData;
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
  always @(posedge clk) begin
    if(reset || clear) begin
      _zz_monitorBackoff <= 1'b0;
      _zz_monitorDeferred <= 1'b0;
    end else begin
      _zz_monitorBackoff <= csma_rewind;
      _zz_monitorDeferred <= csma_deferred;
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
  input  wire          clk,
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
  always @(posedge clk) begin
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

  always @(posedge clk) begin
    byteMatched <= (rxData == stationAddress[_zz_byteMatched +: 8]);
  end


endmodule

module RxByteFramer (
  input  wire          lineValid,
  input  wire [7:0]    lineData,
  output wire          rxValid,
  output wire [7:0]    rxData,
  output wire          rxLast,
  output wire          rxDribble,
  input  wire          clk,
  input  wire          reset,
  input  wire          clear
);

  reg                 delimiter_byteValid;
  reg                 delimiter_frameEnd;
  wire                delimiter_rxValid;
  wire       [7:0]    delimiter_rxData;
  wire                delimiter_rxLast;
  wire                delimiter_rxDribble;
  reg        [0:0]    state;
  reg                 wasValid;
  wire                when_RxByteFramerjava_l53;
  wire                when_RxByteFramerjava_l59;
  wire                when_RxByteFramerjava_l61;

  FrameDelimiter delimiter (
    .byteValid (delimiter_byteValid  ), //i
    .byteData  (lineData[7:0]        ), //i
    .frameEnd  (delimiter_frameEnd   ), //i
    .dribbleIn (1'b0                 ), //i
    .rxValid   (delimiter_rxValid    ), //o
    .rxData    (delimiter_rxData[7:0]), //o
    .rxLast    (delimiter_rxLast     ), //o
    .rxDribble (delimiter_rxDribble  ), //o
    .clk       (clk                  ), //i
    .reset     (reset                ), //i
    .clear     (clear                )  //i
  );
  always @(*) begin
    delimiter_byteValid = 1'b0;
    if(!when_RxByteFramerjava_l53) begin
      if(lineValid) begin
        if(!when_RxByteFramerjava_l59) begin
          delimiter_byteValid = 1'b1;
        end
      end
    end
  end

  always @(*) begin
    delimiter_frameEnd = 1'b0;
    if(when_RxByteFramerjava_l53) begin
      delimiter_frameEnd = (state == 1'b1);
    end
  end

  assign when_RxByteFramerjava_l53 = (wasValid && (! lineValid));
  assign when_RxByteFramerjava_l59 = (state == 1'b0);
  assign when_RxByteFramerjava_l61 = (lineData == 8'hd5);
  assign rxValid = delimiter_rxValid;
  assign rxData = delimiter_rxData;
  assign rxLast = delimiter_rxLast;
  assign rxDribble = delimiter_rxDribble;
  always @(posedge clk) begin
    if(reset || clear) begin
      state <= 1'b0;
      wasValid <= 1'b0;
    end else begin
      wasValid <= lineValid;
      if(when_RxByteFramerjava_l53) begin
        state <= 1'b0;
      end else begin
        if(lineValid) begin
          if(when_RxByteFramerjava_l59) begin
            if(when_RxByteFramerjava_l61) begin
              state <= 1'b1;
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
  input  wire          clk,
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
    .clk         (clk                    ), //i
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
  always @(posedge clk) begin
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

  always @(posedge clk) begin
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
  input  wire          clk,
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
  always @(posedge clk) begin
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

  always @(posedge clk) begin
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
  input  wire          clk,
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
    .clk         (clk                ), //i
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
  always @(posedge clk) begin
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

  always @(posedge clk) begin
    if(when_MacTxjava_l170) begin
      offered <= _zz_offered;
    end
    if(when_MacTxjava_l194) begin
      count <= ((((state == 3'b000) || ((state == 3'b110) && partEnds)) || _zz_count) ? 6'h01 : ((((state == 3'b001) || (state == 3'b101)) && partEnds) ? 6'h0 : _zz_count_1));
      partEnds <= ((((state == 3'b001) && (count == 6'h06)) || ((state == 3'b101) && (count == 6'h03))) || ((state == 3'b110) && (count == 6'h0a)));
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
  input  wire          clk,
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

  always @(posedge clk) begin
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
  input  wire          clk,
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
  always @(posedge clk) begin
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

  always @(posedge clk) begin
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
  input  wire          clk,
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
  always @(posedge clk) begin
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

  always @(posedge clk) begin
    state <= loopNext;
  end


endmodule
