// The two byte-wide CRC-32 cores compared by crc_equivalence.ys, each as `core` inside a wrapper with
// the same ports, so that after flattening their registers carry the same names. Since 2026-12-03 a
// word that comes with clear is not taken (clear presets the register, nothing else): the old core
// is wrapped to ignore such a word, and reset is held low in both, because the new register has no
// reset (clear presets it before every frame) while the old one was reset to all ones.
module Crc32W8Old (input wire clear, input wire valid, input wire [7:0] data, input wire [0:0] byteEnable,
                   output wire [31:0] crc, output wire residueOk, output wire enableError, input wire clk);
  Crc32W8Equations core (.clear(clear), .valid(valid & ~clear), .data(data), .byteEnable(byteEnable),
                         .crc(crc), .residueOk(residueOk), .enableError(enableError), .clk(clk), .reset(1'b0));
endmodule

module Crc32W8New (input wire clear, input wire valid, input wire [7:0] data, input wire [0:0] byteEnable,
                   output wire [31:0] crc, output wire residueOk, output wire enableError, input wire clk);
  Crc32W8 core (.clear(clear), .valid(valid), .data(data), .byteEnable(byteEnable),
                .crc(crc), .residueOk(residueOk), .enableError(enableError), .clk(clk), .reset(1'b0));
endmodule
