// Formal harness: RxChecker's FCS verdicts against an independent bit-serial CRC-32.
// The specification register follows IEEE 802.3 clause 3.2.9 one bit at a time (reflected
// polynomial 0xEDB88320, preset to all ones at each frame's first byte). The design presets its
// 8-bit parallel register instead in a clock without a byte between frames, so the harness assumes
// what a line guarantees (a clock without a byte after reset and after each frame's last byte) and
// the design's register must equal the specification's from a frame's first byte up to the clock
// after its last, and all ones in the gaps between frames. At each frame's last byte the design
// must report an FCS error exactly when the residue is not 0xDEBB20E3 (an alignment error instead
// when dribble bits came with it).
module rx_fcs_check (
    input wire clk,
    input wire reset,
    input wire rxValid,
    input wire [7:0] rxData,
    input wire rxLast,
    input wire rxDribble,
    input wire [13:0] maxLength
);
    wire outValid, outLast, fcsError, alignmentError, runt, giant;
    wire [7:0] outData;
    wire [13:0] length;

    RxChecker dut (
        .rxValid(rxValid), .rxData(rxData), .rxLast(rxLast), .rxDribble(rxDribble),
        .maxLength(maxLength), .outValid(outValid), .outData(outData), .outLast(outLast),
        .fcsError(fcsError), .alignmentError(alignmentError), .runt(runt), .giant(giant),
        .length(length), .clk(clk), .reset(reset));

    function [31:0] crc_bit(input [31:0] c, input d);
        crc_bit = (c >> 1) ^ ((c[0] ^ d) ? 32'hEDB88320 : 32'h0);
    endfunction

    function [31:0] crc_byte(input [31:0] c, input [7:0] d);
        crc_byte = crc_bit(crc_bit(crc_bit(crc_bit(crc_bit(crc_bit(crc_bit(crc_bit(c,
            d[0]), d[1]), d[2]), d[3]), d[4]), d[5]), d[6]), d[7]);
    endfunction

    reg [31:0] spec;
    reg first;
    reg lastSeen;
    reg dribbleSeen;
    // The design's CRC register, connected by rx_fcs_check.ys after flattening (a hierarchical name
    // the Verilog front end cannot read).
    wire [31:0] designState;
    // What the design's register holds: the specification's value (from a frame's first byte up to
    // the clock after its last), all ones (preset in a gap), or nothing yet (after reset).
    localparam SPEC = 2'd0, PRESET = 2'd1, UNDEFINED = 2'd2;
    reg [1:0] holds;
    reg needIdle;
    // RxChecker registers the framer's outputs before it uses them: the harness delays the ports
    // by a register of its own (reset as the design's valid is), so the specification takes each
    // byte in the clock the design's CRC does, and the design's input stage is checked too.
    reg inValid, inLast, inDribble;
    reg [7:0] inData;
    always @(posedge clk) begin
        inValid <= reset ? 1'b0 : rxValid;
        inData <= rxData;
        inLast <= rxLast;
        inDribble <= rxDribble;
    end
    // Reset like the design's registers (synchronous), so both take their reset values at one edge.
    always @(posedge clk) begin
        if (reset) begin
            spec <= 32'hFFFFFFFF;
            first <= 1'b1;
            lastSeen <= 1'b0;
            dribbleSeen <= 1'b0;
            holds <= UNDEFINED;
            needIdle <= 1'b1;
        end else begin
            needIdle <= inValid && inLast;
            if (inValid) holds <= SPEC;
            else if (first) holds <= PRESET;
            lastSeen <= inValid && inLast;
            dribbleSeen <= inDribble;
            if (inValid) begin
                spec <= crc_byte(first ? 32'hFFFFFFFF : spec, inData);
                first <= inLast;
            end
        end
    end

    always @* begin
        if (!reset) begin
            // A clock without a byte after each frame's last, as the input register passes them on
            // (the line's guarantee on the ports, a clock later).
            assume (!(needIdle && inValid));
            if (holds == SPEC) assert (designState == spec);
            if (holds == PRESET) assert (designState == 32'hFFFFFFFF);
            assert (holds != UNDEFINED || first);
            // What the harness holds is one of its three cases, and a preset only between frames
            // (invariants the induction needs; they hold from reset).
            assert (holds != 2'd3);
            assert (holds != PRESET || first);
            assert (outLast == lastSeen);
            if (outLast) begin
                assert (fcsError == (!dribbleSeen && spec != 32'hDEBB20E3));
                assert (alignmentError == (dribbleSeen && spec != 32'hDEBB20E3));
            end
        end
    end
endmodule
