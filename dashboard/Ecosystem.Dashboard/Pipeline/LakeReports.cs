using System.Globalization;
using Ecosystem.DataLake.Manifest;
using Ecosystem.Warehouse.Exports;
using Ecosystem.Warehouse.Reports;

namespace Ecosystem.Dashboard.Pipeline;

/// <summary>
/// The Pipeline page's tables that come from the lake's manifest rather than the warehouse — lake runs, the
/// quarantine and the portals that need a login — as <see cref="Report"/>s, so they download like every other table
/// (<c>/exports/lake_runs.csv</c>, <c>quarantine</c>, <c>needs_login</c>).
/// </summary>
public sealed class LakeReports(LakeManifest manifest, ReportService reports, TimeProvider clock)
{
    public const int Runs = 50;

    public static IReadOnlyList<string> Ids { get; } = ["lake_runs", "quarantine", "needs_login"];

    public static bool IsKnown(string id) => Ids.Contains(id);

    public async Task<IReadOnlyList<Report>> ReadAsync(CancellationToken cancellationToken)
    {
        await manifest.MigrateAsync(cancellationToken);
        var lake = await LakeStatusReport.ReadAsync(manifest, Runs, cancellationToken);
        var freshness = await reports.ReadAsync("freshness", new ExportFilter(), cancellationToken);
        return [RunsReport(lake), QuarantineReport(lake), NeedsLogin(freshness)];
    }

    public async Task<Report> ReadAsync(string id, CancellationToken cancellationToken) =>
        (await ReadAsync(cancellationToken)).Single(r => r.Id == id);

    private static Report RunsReport(LakeStatusReport lake) => new(
        "lake_runs", $"Lake runs (latest {Runs})", ReportKind.Table, "count",
        ["run_id", "command", "started_at_utc", "status", "landed", "duplicates", "curated", "quarantined", "failed", "rows_curated"],
        [.. lake.RecentRuns.Select(r => new object?[]
        {
            r.RunId, r.Command, r.StartedAtUtc.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), r.Status.ToString().ToLowerInvariant(),
            (long)r.Landed, (long)r.Duplicates, (long)r.Promoted, (long)r.Quarantined, (long)r.Failed, r.RowsCurated,
        })],
        null);

    private static Report QuarantineReport(LakeStatusReport lake) => new(
        "quarantine", $"Quarantine ({lake.Quarantined.Count})", ReportKind.Table, "count",
        ["file", "sha256", "reason_code", "reason", "quarantine_key"],
        [.. lake.Quarantined.Select(q => new object?[] { q.Name, q.Sha256, q.ReasonCode, q.Reason, q.QuarantineKey })],
        "each file and its .reason.json download byte for byte from /pipeline/quarantine/{sha256}");

    private Report NeedsLogin(Report freshness)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var rows = PortalSources.All.Select(portal =>
        {
            var latest = freshness.Rows.Where(r => (string?)r[0] == portal.Source).Select(r => (string)r[2]!).DefaultIfEmpty().Max();
            var days = latest is null ? (int?)null : today.DayNumber - DateOnly.ParseExact(latest, "yyyy-MM-dd", CultureInfo.InvariantCulture).DayNumber;
            var status = days is null ? "no export yet — sign in and export"
                : days > portal.StaleAfterDays ? $"stale ({days} days) — sign in and export again"
                : "up to date";
            return new object?[] { portal.Source, portal.Name, latest, status, portal.SignInUrl };
        }).OrderBy(r => (string)r[3]! == "up to date" ? 1 : 0).ThenBy(r => (string)r[1]!, StringComparer.Ordinal).ToList();
        return new Report("needs_login", "Sources that need a login", ReportKind.Table, "days", ["source", "portal", "latest_data", "status", "sign_in_at"], rows,
            "portals without an API: their data is as fresh as the last export someone signed in for; sign in, export, and drop the file on the Upload page");
    }
}
