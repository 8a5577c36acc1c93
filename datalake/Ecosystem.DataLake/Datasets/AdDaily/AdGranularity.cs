namespace Ecosystem.DataLake.Datasets.AdDaily;

/// <summary>What span one <see cref="AdRow"/> covers.</summary>
public static class AdGranularity
{
    /// <summary>One day (a <c>Day</c> breakdown, or a report whose start and end are the same day).</summary>
    public const string Day = "day";

    /// <summary>A whole reporting period of several days: a total, never added to day rows.</summary>
    public const string Period = "period";
}
