using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;

namespace Ecosystem.Warehouse;

/// <summary>Warehouse and KPI settings (<c>ECO_*</c> variables, listed in <c>.env.example</c> with their defaults).</summary>
public sealed class WarehouseOptions
{
    /// <summary>The SQLite warehouse file; empty means <c>warehouse.db</c> in <c>ECO_DATA_DIR</c>.</summary>
    [ConfigurationKeyName("WAREHOUSE_PATH")]
    public string? WarehousePath { get; set; }

    /// <summary>KPI 4: the month's stream goal.</summary>
    [ConfigurationKeyName("GOAL_MONTHLY_STREAMS")]
    [Range(0, long.MaxValue, ErrorMessage = "ECO_GOAL_MONTHLY_STREAMS must be zero or more.")]
    public long MonthlyStreamGoal { get; set; } = 100_000;

    /// <summary>KPI 7: the Spotify follower gain wanted over 28 days.</summary>
    [ConfigurationKeyName("GOAL_FOLLOWERS_28D")]
    [Range(0, long.MaxValue, ErrorMessage = "ECO_GOAL_FOLLOWERS_28D must be zero or more.")]
    public long FollowerGoal28Days { get; set; } = 500;

    public string PathIn(string dataDirectory) =>
        string.IsNullOrWhiteSpace(WarehousePath) ? System.IO.Path.Combine(System.IO.Path.GetFullPath(dataDirectory), "warehouse.db") : System.IO.Path.GetFullPath(WarehousePath);
}
