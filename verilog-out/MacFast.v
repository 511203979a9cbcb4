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

  wire       [5:0]    _zz_sameAsStation;
  reg        [2:0]    index;
  reg                 sameAsStation;
  reg                 allOnes;
  reg                 groupAddress;
  reg                 binSet;
  reg                 binValid;
  wire                when_AddressFilterjava_l86;
  wire                when_AddressFilterjava_l93;
  wire                when_AddressFilterjava_l90;
  wire                _zz_accept;

  assign _zz_sameAsStation = ({3'd0,index} <<< 2'd3);
  assign when_AddressFilterjava_l86 = (index < 3'b110);
  assign when_AddressFilterjava_l93 = (index == 3'b110);
  assign when_AddressFilterjava_l90 = (index == 3'b000);
  assign _zz_accept = (rxValid && rxLast);
  assign unicastMatch = ((_zz_accept && when_AddressFilterjava_l93) && sameAsStation);
  assign broadcastMatch = ((_zz_accept && when_AddressFilterjava_l93) && allOnes);
  assign multicastMatch = (((((_zz_accept && when_AddressFilterjava_l93) && groupAddress) && (! allOnes)) && binValid) && binSet);
  assign accept = (((unicastMatch || broadcastMatch) || multicastMatch) || (_zz_accept && promiscuous));
  always @(posedge clk) begin
    if(reset || clear) begin
      index <= 3'b000;
      sameAsStation <= 1'b1;
      allOnes <= 1'b1;
      groupAddress <= 1'b0;
      binSet <= 1'b0;
      binValid <= 1'b0;
    end else begin
      binSet <= multicastHash[destinationHash];
      if(rxValid) begin
        if(when_AddressFilterjava_l86) begin
          index <= (index + 3'b001);
          sameAsStation <= (sameAsStation && (rxData == stationAddress[_zz_sameAsStation +: 8]));
          allOnes <= (allOnes && (rxData == 8'hff));
          if(when_AddressFilterjava_l90) begin
            groupAddress <= rxData[0];
          end
        end
        if(when_AddressFilterjava_l93) begin
          binValid <= 1'b1;
        end
        if(rxLast) begin
          index <= 3'b000;
          sameAsStation <= 1'b1;
          allOnes <= 1'b1;
          binValid <= 1'b0;
        end
      end
    end
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
  reg                 validReg;
  reg        [7:0]    dataReg;
  reg                 lastReg;
  reg                 dribbleReg;
  reg                 firstByte;
  reg        [13:0]   count;
  reg        [4:0]    beyond;
  reg        [5:0]    hashReg;
  wire                when_RxCheckerjava_l119;
  wire                when_RxCheckerjava_l127;
  wire                _zz_fcsError;

  Crc32W8_1 fcsCheck (
    .clear       (when_RxCheckerjava_l119), //i
    .valid       (rxValid                ), //i
    .data        (rxData[7:0]            ), //i
    .byteEnable  (1'b1                   ), //i
    .crc         (fcsCheck_crc[31:0]     ), //o
    .residueOk   (fcsCheck_residueOk     ), //o
    .enableError (fcsCheck_enableError   ), //o
    .clk         (clk                    ), //i
    .reset       (reset                  ), //i
    .clear_1     (clear                  )  //i
  );
  assign when_RxCheckerjava_l119 = (firstByte && (! rxValid));
  assign when_RxCheckerjava_l127 = (rxValid && (count == 14'h0006));
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
      validReg <= 1'b0;
      dataReg <= 8'h0;
      lastReg <= 1'b0;
      dribbleReg <= 1'b0;
      firstByte <= 1'b1;
      hashReg <= 6'h0;
    end else begin
      validReg <= rxValid;
      dataReg <= rxData;
      lastReg <= (rxValid && rxLast);
      dribbleReg <= rxDribble;
      if(rxValid) begin
        firstByte <= rxLast;
      end
      if(when_RxCheckerjava_l127) begin
        hashReg <= fcsCheck_crc[31 : 26];
      end
    end
  end

  always @(posedge clk) begin
    if(rxValid) begin
      count <= (count + ((count == 14'h3fff) ? 14'h0 : 14'h0001));
      beyond <= {beyond[3 : 0],(beyond[0] || (count == maxLength))};
    end
    if(when_RxCheckerjava_l119) begin
      count <= 14'h0;
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

  wire       [4:0]    _zz_attempts;
  reg        [1:0]    state;
  reg                 inBurst;
  reg        [6:0]    burstBytes;
  reg        [3:0]    gapCount;
  reg        [1:0]    jamCount;
  reg        [4:0]    attempts;
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
  wire                when_CsmaCdjava_l285;
  wire                _zz_gapCount;
  wire                when_CsmaCdjava_l226;
  wire                _zz_when_CsmaCdjava_l217;
  wire                _zz_afterJam;
  wire                _zz_late;
  wire                when_CsmaCdjava_l217;
  wire                when_CsmaCdjava_l222;
  wire                when_CsmaCdjava_l231;
  wire                when_CsmaCdjava_l264;
  wire                _zz_when_CsmaCdjava_l252;
  wire                when_CsmaCdjava_l252;
  wire                when_CsmaCdjava_l263;
  wire                when_CsmaCdjava_l265;
  wire                when_CsmaCdjava_l271;
  wire                when_CsmaCdjava_l274;
  wire                when_CsmaCdjava_l315;
  wire                when_CsmaCdjava_l316;
  wire                when_CsmaCdjava_l333;
  wire                when_CsmaCdjava_l295;
  wire                when_CsmaCdjava_l329;
  wire                when_CsmaCdjava_l341;

  assign _zz_attempts = (attempts + 5'h01);
  assign when_CsmaCdjava_l285 = ((((state == 2'b00) && halfDuplex) && inBurst) && carrierSense);
  always @(*) begin
    lineValid = (macValid && macReady);
    if(when_CsmaCdjava_l263) begin
      if(when_CsmaCdjava_l285) begin
        lineValid = 1'b1;
      end
    end else begin
      if(when_CsmaCdjava_l295) begin
        lineValid = 1'b1;
      end else begin
        if(when_CsmaCdjava_l329) begin
          lineValid = 1'b0;
        end
      end
    end
    if(when_CsmaCdjava_l341) begin
      lineValid = (macValid && phyReady);
    end
  end

  always @(*) begin
    lineData = macData;
    if(when_CsmaCdjava_l263) begin
      if(when_CsmaCdjava_l285) begin
        lineData = 8'h55;
      end
    end else begin
      if(when_CsmaCdjava_l295) begin
        lineData = 8'h55;
      end
    end
    if(when_CsmaCdjava_l341) begin
      lineData = macData;
    end
  end

  assign macReady = (phyReady && permit);
  always @(*) begin
    macAbort = (! (state == 2'b00));
    if(when_CsmaCdjava_l263) begin
      if(when_CsmaCdjava_l285) begin
        macAbort = 1'b1;
      end
    end
    if(when_CsmaCdjava_l341) begin
      macAbort = 1'b0;
    end
  end

  always @(*) begin
    rewind = 1'b0;
    if(!when_CsmaCdjava_l263) begin
      if(when_CsmaCdjava_l295) begin
        if(phyReady) begin
          if(when_CsmaCdjava_l315) begin
            if(!when_CsmaCdjava_l316) begin
              rewind = 1'b1;
            end
          end
        end
      end
    end
    if(when_CsmaCdjava_l341) begin
      rewind = 1'b0;
    end
  end

  always @(*) begin
    discard = 1'b0;
    if(!when_CsmaCdjava_l263) begin
      if(when_CsmaCdjava_l295) begin
        if(phyReady) begin
          if(when_CsmaCdjava_l315) begin
            if(when_CsmaCdjava_l316) begin
              discard = 1'b1;
            end
          end
        end
      end
    end
    if(when_CsmaCdjava_l341) begin
      discard = 1'b0;
    end
  end

  always @(*) begin
    collision = 1'b0;
    if(when_CsmaCdjava_l263) begin
      if(when_CsmaCdjava_l285) begin
        collision = 1'b1;
      end
    end
    if(when_CsmaCdjava_l341) begin
      collision = 1'b0;
    end
  end

  always @(*) begin
    lateCollision = 1'b0;
    if(!when_CsmaCdjava_l263) begin
      if(when_CsmaCdjava_l295) begin
        if(phyReady) begin
          if(when_CsmaCdjava_l315) begin
            if(when_CsmaCdjava_l316) begin
              lateCollision = late;
            end
          end
        end
      end
    end
    if(when_CsmaCdjava_l341) begin
      lateCollision = 1'b0;
    end
  end

  always @(*) begin
    excessiveCollisions = 1'b0;
    if(!when_CsmaCdjava_l263) begin
      if(when_CsmaCdjava_l295) begin
        if(phyReady) begin
          if(when_CsmaCdjava_l315) begin
            if(when_CsmaCdjava_l316) begin
              excessiveCollisions = (! late);
            end
          end
        end
      end
    end
    if(when_CsmaCdjava_l341) begin
      excessiveCollisions = 1'b0;
    end
  end

  always @(*) begin
    deferred = 1'b0;
    if(when_CsmaCdjava_l263) begin
      if(when_CsmaCdjava_l264) begin
        if(when_CsmaCdjava_l265) begin
          deferred = 1'b1;
        end
      end
    end
    if(when_CsmaCdjava_l341) begin
      deferred = 1'b0;
    end
  end

  assign _zz_gapCount = (! (gapCount == 4'b0000));
  assign when_CsmaCdjava_l226 = (phyReady && (gapCount == 4'b0001));
  assign _zz_when_CsmaCdjava_l217 = ((((state == 2'b00) && macReady) && (! macValid)) && inBurst);
  assign _zz_afterJam = (((state == 2'b01) && phyReady) && (jamCount == 2'b11));
  assign _zz_late = (burstBytes[6] && burstBytes[0]);
  assign when_CsmaCdjava_l217 = (_zz_when_CsmaCdjava_l217 || _zz_afterJam);
  assign when_CsmaCdjava_l222 = (carrierSense && (! ((afterOwn || released) || (_zz_gapCount && (! (4'b0100 < gapCount))))));
  assign when_CsmaCdjava_l231 = (((! frameWaiting) || (macReady && macValid)) || (! (state == 2'b00)));
  assign when_CsmaCdjava_l264 = (deferring && (! inBurst));
  assign _zz_when_CsmaCdjava_l252 = attempts[4];
  assign when_CsmaCdjava_l252 = (((when_CsmaCdjava_l285 || _zz_when_CsmaCdjava_l217) || (_zz_afterJam && (late || _zz_when_CsmaCdjava_l252))) || (! halfDuplex));
  assign when_CsmaCdjava_l263 = (state == 2'b00);
  assign when_CsmaCdjava_l265 = (frameWaiting && (! deferCounted));
  assign when_CsmaCdjava_l271 = (macReady && macValid);
  assign when_CsmaCdjava_l274 = (! _zz_late);
  assign when_CsmaCdjava_l315 = (jamCount == 2'b11);
  assign when_CsmaCdjava_l316 = (late || _zz_when_CsmaCdjava_l252);
  assign when_CsmaCdjava_l333 = (backoff == 16'h0);
  assign when_CsmaCdjava_l295 = (state == 2'b01);
  assign when_CsmaCdjava_l329 = (state == 2'b10);
  assign drawnSlots = backoff[15 : 6];
  assign collidedAttempts = attempts;
  assign when_CsmaCdjava_l341 = (! halfDuplex);
  always @(posedge clk) begin
    if(reset || clear) begin
      state <= 2'b00;
      inBurst <= 1'b0;
      burstBytes <= 7'h0;
      gapCount <= 4'b0000;
      attempts <= 5'h0;
      late <= 1'b0;
      mask <= 10'h0;
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
      if(when_CsmaCdjava_l217) begin
        gapCount <= 4'b1011;
        afterOwn <= 1'b1;
        afterJam <= _zz_afterJam;
      end else begin
        if(when_CsmaCdjava_l222) begin
          gapCount <= 4'b1100;
        end
      end
      if(when_CsmaCdjava_l226) begin
        afterOwn <= 1'b0;
        afterJam <= 1'b0;
        released <= 1'b1;
      end
      if(when_CsmaCdjava_l231) begin
        released <= 1'b0;
      end
      deferring <= (((halfDuplex && (! released)) && (! afterOwn)) && (carrierSense || _zz_gapCount));
      permit <= ((! halfDuplex) || (((state == 2'b00) && (! when_CsmaCdjava_l264)) && (! (_zz_afterJam || (afterJam && _zz_gapCount)))));
      if(when_CsmaCdjava_l252) begin
        attempts <= (when_CsmaCdjava_l285 ? _zz_attempts : 5'h0);
        mask <= (when_CsmaCdjava_l285 ? {mask[8 : 0],1'b1} : 10'h0);
      end
      if(when_CsmaCdjava_l263) begin
        if(when_CsmaCdjava_l264) begin
          if(when_CsmaCdjava_l265) begin
            deferCounted <= 1'b1;
          end
        end
        if(when_CsmaCdjava_l271) begin
          inBurst <= 1'b1;
          deferCounted <= 1'b0;
          if(when_CsmaCdjava_l274) begin
            burstBytes <= (burstBytes + 7'h01);
          end
        end else begin
          if(macReady) begin
            inBurst <= 1'b0;
            burstBytes <= 7'h0;
          end
        end
        late <= _zz_late;
        if(when_CsmaCdjava_l285) begin
          state <= 2'b01;
        end
      end else begin
        if(when_CsmaCdjava_l295) begin
          inBurst <= 1'b0;
          burstBytes <= 7'h0;
          if(phyReady) begin
            if(when_CsmaCdjava_l315) begin
              if(when_CsmaCdjava_l316) begin
                state <= 2'b00;
              end else begin
                state <= 2'b10;
              end
            end
          end
        end else begin
          if(when_CsmaCdjava_l329) begin
            if(when_CsmaCdjava_l333) begin
              state <= 2'b00;
            end
          end
        end
      end
      if(when_CsmaCdjava_l341) begin
        state <= 2'b00;
      end
    end
  end

  always @(posedge clk) begin
    if(active) begin
      lfsr <= (fresh ? 16'hace1 : ({lfsr[14 : 0],((((lfsr[15] ^ lfsr[13]) ^ lfsr[12]) ^ lfsr[10]) || (lfsr == 16'h0))} ^ {6'h0,(when_CsmaCdjava_l285 ? backoffSeed : 10'h0)}));
    end
    if(when_CsmaCdjava_l263) begin
      jamCount <= (phyReady ? 2'b01 : 2'b00);
    end else begin
      if(when_CsmaCdjava_l295) begin
        backoff <= {((lfsr[9 : 0] ^ backoffSeed) & mask),6'h0};
        if(phyReady) begin
          jamCount <= (jamCount + 2'b01);
        end
      end else begin
        if(when_CsmaCdjava_l329) begin
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
  reg        [7:0]    offered;
  reg        [5:0]    count;
  reg                 partEnds;
  reg                 dataNext;
  reg                 belowMinimum;
  reg                 corruptFcs;
  reg                 draining;
  reg                 aborted;
  wire                when_MacTxjava_l203;
  wire                when_MacTxjava_l239;
  wire                when_MacTxjava_l159;
  wire                when_MacTxjava_l222;
  wire                _zz_when_MacTxjava_l158;
  wire                when_MacTxjava_l158;
  wire                _zz_count;
  wire                _zz_txData;
  wire       [7:0]    _zz_txData_1;
  reg        [7:0]    _zz_offered;
  wire                when_MacTxjava_l157;
  wire                when_MacTxjava_l160;
  wire                _zz_frameReady;
  reg                 _zz_sent;
  reg                 _zz_underflow;
  wire                when_MacTxjava_l184;
  wire                when_MacTxjava_l200;
  wire                when_MacTxjava_l202;
  wire                when_MacTxjava_l204;
  wire                when_MacTxjava_l261;
  wire                when_MacTxjava_l261_1;
  wire                when_MacTxjava_l221;
  wire                when_MacTxjava_l228;
  wire                when_MacTxjava_l234;

  assign _zz_count_1 = (count + 6'h01);
  Crc32W8 fcs (
    .clear       (fcs_clear          ), //i
    .valid       (when_MacTxjava_l203), //i
    .data        (fcs_data[7:0]      ), //i
    .byteEnable  (1'b1               ), //i
    .crc         (fcs_crc[31:0]      ), //o
    .residueOk   (fcs_residueOk      ), //o
    .enableError (fcs_enableError    ), //o
    .clk         (clk                ), //i
    .reset       (reset              ), //i
    .clear_1     (clear              )  //i
  );
  assign when_MacTxjava_l203 = (txReady && offering);
  assign when_MacTxjava_l239 = (frameValid && (! draining));
  assign when_MacTxjava_l159 = (dataNext && frameValid);
  assign when_MacTxjava_l222 = (dataNext && (! when_MacTxjava_l159));
  assign _zz_when_MacTxjava_l158 = (((state == 3'b011) && (! dataNext)) || (state == 3'b100));
  assign when_MacTxjava_l158 = (_zz_when_MacTxjava_l158 && belowMinimum);
  assign _zz_count = ((_zz_when_MacTxjava_l158 && (! belowMinimum)) || when_MacTxjava_l222);
  assign _zz_txData = (state == 3'b101);
  assign _zz_txData_1 = (~ fcs_crc[7 : 0]);
  assign fcs_clear = ((state == 3'b001) || (state == 3'b010));
  assign fcs_data = (_zz_txData ? _zz_txData_1 : offered);
  always @(*) begin
    _zz_offered = 8'h55;
    if(when_MacTxjava_l157) begin
      _zz_offered = 8'hd5;
    end
    if(when_MacTxjava_l158) begin
      _zz_offered = 8'h0;
    end
    if(when_MacTxjava_l159) begin
      _zz_offered = frameData;
    end
  end

  assign when_MacTxjava_l157 = ((state == 3'b001) && partEnds);
  assign when_MacTxjava_l160 = (when_MacTxjava_l203 || (! offering));
  assign _zz_frameReady = (abortFrame || aborted);
  assign txValid = (offering && (! aborted));
  assign txData = (_zz_txData ? (corruptFcs ? _zz_txData_1 : (~ _zz_txData_1)) : offered);
  assign frameReady = ((draining || (when_MacTxjava_l203 && when_MacTxjava_l159)) && (! _zz_frameReady));
  always @(*) begin
    _zz_sent = 1'b0;
    if(!when_MacTxjava_l202) begin
      if(when_MacTxjava_l203) begin
        if(when_MacTxjava_l228) begin
          _zz_sent = (! corruptFcs);
        end
      end
    end
  end

  always @(*) begin
    _zz_underflow = 1'b0;
    if(!when_MacTxjava_l202) begin
      if(when_MacTxjava_l203) begin
        if(when_MacTxjava_l222) begin
          _zz_underflow = 1'b1;
        end
      end
    end
  end

  assign sent = (_zz_sent && (! _zz_frameReady));
  assign underflow = (_zz_underflow && (! _zz_frameReady));
  assign when_MacTxjava_l184 = (txReady || (state == 3'b000));
  assign when_MacTxjava_l200 = ((draining && frameValid) && frameLast);
  assign when_MacTxjava_l202 = ((state == 3'b000) && when_MacTxjava_l239);
  assign when_MacTxjava_l204 = (state == 3'b001);
  assign when_MacTxjava_l261 = (count == 6'h3b);
  assign when_MacTxjava_l261_1 = (count == 6'h3b);
  assign when_MacTxjava_l221 = (_zz_count || ((state == 3'b101) && (! partEnds)));
  assign when_MacTxjava_l228 = ((state == 3'b101) && partEnds);
  assign when_MacTxjava_l234 = ((state == 3'b110) && txReady);
  always @(posedge clk) begin
    if(reset || clear) begin
      state <= 3'b000;
      offering <= 1'b0;
      dataNext <= 1'b0;
      belowMinimum <= 1'b1;
      corruptFcs <= 1'b0;
      draining <= 1'b0;
      aborted <= 1'b0;
    end else begin
      aborted <= abortFrame;
      if(when_MacTxjava_l200) begin
        draining <= 1'b0;
      end
      if(when_MacTxjava_l202) begin
        offering <= 1'b1;
        state <= 3'b001;
      end else begin
        if(when_MacTxjava_l203) begin
          if(when_MacTxjava_l204) begin
            if(partEnds) begin
              dataNext <= 1'b1;
              belowMinimum <= 1'b1;
              corruptFcs <= 1'b0;
              state <= 3'b010;
            end
          end
          if(when_MacTxjava_l159) begin
            if(when_MacTxjava_l261) begin
              belowMinimum <= 1'b0;
            end
            dataNext <= (! frameLast);
            state <= 3'b011;
          end
          if(when_MacTxjava_l158) begin
            if(when_MacTxjava_l261_1) begin
              belowMinimum <= 1'b0;
            end
            state <= 3'b100;
          end
          if(when_MacTxjava_l221) begin
            state <= 3'b101;
          end
          if(when_MacTxjava_l222) begin
            dataNext <= 1'b0;
            corruptFcs <= 1'b1;
            draining <= 1'b1;
          end
          if(when_MacTxjava_l228) begin
            offering <= 1'b0;
            state <= 3'b110;
          end
        end else begin
          if(when_MacTxjava_l234) begin
            if(partEnds) begin
              state <= 3'b000;
              if(when_MacTxjava_l239) begin
                offering <= 1'b1;
                state <= 3'b001;
              end
            end
          end
        end
      end
      if(aborted) begin
        offering <= 1'b0;
        dataNext <= 1'b0;
        draining <= 1'b0;
        state <= 3'b000;
      end
    end
  end

  always @(posedge clk) begin
    if(when_MacTxjava_l160) begin
      offered <= _zz_offered;
    end
    if(when_MacTxjava_l184) begin
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

module Crc32W8_1 (
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
  wire                when_Crc32java_l122;

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
    if(when_Crc32java_l122) begin
      loopNext = stateAfterWord;
    end
    if(clear) begin
      loopNext = 32'hffffffff;
    end
  end

  assign when_Crc32java_l122 = ((_zz_badWord && allLanes) && (! badWord));
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
  wire                when_Crc32java_l122;
  wire                when_Crc32java_l125;

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
    if(when_Crc32java_l122) begin
      loopNext = stateAfterWord;
    end
    if(when_Crc32java_l125) begin
      loopNext = 32'hffffffff;
    end
  end

  assign when_Crc32java_l122 = ((_zz_badWord && allLanes) && (! badWord));
  assign when_Crc32java_l125 = (valid && clear);
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
