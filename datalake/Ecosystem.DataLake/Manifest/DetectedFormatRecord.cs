namespace Ecosystem.DataLake.Manifest;

public sealed record DetectedFormatRecord(string Source, string Dataset, string Format, string Encoding, string HeaderFingerprint);
