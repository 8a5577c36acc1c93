namespace Ecosystem.Warehouse.Loading;

/// <summary>The warehouse does not hold exactly what a curated file holds after loading it; the file's load is rolled back.</summary>
public sealed class ReconciliationException(string message) : Exception(message);
