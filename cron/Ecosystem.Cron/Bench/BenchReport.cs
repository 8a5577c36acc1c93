namespace Ecosystem.Cron.Bench;

/// <summary>The figures <c>eco bench</c> measures, with the targets they are held to.</summary>
public sealed record BenchReport(
    int Rows,
    long StatementBytes,
    double HashMegabytesPerSecond,
    double LandingMegabytesPerSecond,
    double LandingRowsPerSecond,
    double CuratedRowsPerSecond,
    double CuratedSeconds,
    IReadOnlyDictionary<string, double> StepSeconds,
    long PeakWorkingSetBytes,
    bool PeakIsPerStage,
    int ClassicRows,
    double ClassicCuratedRowsPerSecond,
    long CuratedRowsInLake,
    long RejectedRows,
    int ParseRows,
    IReadOnlyDictionary<string, double> ParseRowsPerSecond,
    WarehouseBenchReport Warehouse)
{
    public const double HashTargetMegabytesPerSecond = 1000;
    public const double CuratedTargetRowsPerSecond = 400_000;
    public const long PeakTargetBytes = 300L * 1024 * 1024;

    public bool HashMeetsTarget => HashMegabytesPerSecond >= HashTargetMegabytesPerSecond;

    public bool CuratedMeetsTarget => CuratedRowsPerSecond >= CuratedTargetRowsPerSecond;

    public bool PeakMeetsTarget => PeakWorkingSetBytes < PeakTargetBytes;

    public bool AllRowsCurated => CuratedRowsInLake == Rows + ClassicRows && RejectedRows == 0;

    public bool AllRowsLoaded => Warehouse.AllLoadsSucceeded && Warehouse.RoyaltyRows == CuratedRowsInLake;
}
