// Formal harness: every burst MacTx puts on the line starts with 7 bytes of 0x55 and then 0xD5.
// Inputs are free: any frame stream, any byte-time strobe pattern, aborts at any
// time. A burst is a run of strobes with txValid high, ended by an idle strobe or an abort (after
// which MacTx starts over); the monitor counts its bytes.
module tx_preamble (
    input wire clk,
    input wire frameValid,
    input wire [7:0] frameData,
    input wire frameLast,
    input wire txReady,
    input wire abortFrame
);
    reg reset = 1'b1;
    always @(posedge clk) reset <= 1'b0;

    wire frameReady, txValid, sent, underflow;
    wire [7:0] txData;
    MacTx dut (
        .frameValid(frameValid), .frameReady(frameReady), .frameData(frameData), .frameLast(frameLast),
        .txValid(txValid), .txData(txData), .txReady(txReady),
        .sent(sent), .underflow(underflow), .abortFrame(abortFrame),
        .clk(clk), .reset(reset));

    reg [3:0] position = 4'd0; // bytes of the current burst sent so far, saturating at 8
    always @(posedge clk) begin
        if (reset || abortFrame) position <= 4'd0;
        else if (txReady) position <= !txValid ? 4'd0 : (position == 4'd8 ? 4'd8 : position + 4'd1);
    end

    always @* begin
        if (!reset && txReady && txValid) begin
            if (position < 4'd7) assert (txData == 8'h55);
            if (position == 4'd7) assert (txData == 8'hD5);
        end
    end
endmodule
