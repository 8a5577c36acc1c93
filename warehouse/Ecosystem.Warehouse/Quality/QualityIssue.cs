namespace Ecosystem.Warehouse.Quality;

/// <summary>One finding of a data-quality rule: how bad, which rule, which entity, and a sentence a person can act on.</summary>
public sealed record QualityIssue(string Severity, string Rule, string Entity, string Message)
{
    public const string Error = "error";
    public const string Warning = "warning";
    public const string Info = "info";
}
