using System.Text;

namespace Ecosystem.DataLake.Formats;

/// <summary>The text encodings sources arrive in, by the name the manifest records. Decoders throw on invalid bytes.</summary>
public static class TextEncodings
{
    public const string Utf8 = "utf-8";
    public const string Utf8Bom = "utf-8-bom";
    public const string Utf16Le = "utf-16le";
    public const string Utf16Be = "utf-16be";
    public const string Windows1252 = "windows-1252";

    static TextEncodings()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public static Encoding Get(string name) => name switch
    {
        Utf8 or Utf8Bom => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true),
        Utf16Le => new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true),
        Utf16Be => new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true),
        Windows1252 => Encoding.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown text encoding."),
    };

    /// <summary>A reader that skips the byte-order mark and decodes strictly (invalid bytes throw).</summary>
    public static StreamReader OpenReader(Stream stream, string encodingName) =>
        new(stream, Get(encodingName), detectEncodingFromByteOrderMarks: encodingName is Utf8Bom or Utf16Le or Utf16Be, bufferSize: 1 << 14, leaveOpen: true);
}
