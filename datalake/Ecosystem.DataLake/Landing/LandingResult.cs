namespace Ecosystem.DataLake.Landing;

public sealed record LandingResult(string OriginalName, string Sha256, LandingOutcome Outcome, long Bytes, string LandingKey);
