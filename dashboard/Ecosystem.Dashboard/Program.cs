using System.Text.Json;
using System.Text.Json.Serialization;
using Ecosystem.Dashboard;
using Ecosystem.DataLake;

// The dashboard grows into the Blazor Server UI (ARCHITECTURE §6). For now it serves the lake's status as JSON on
// 127.0.0.1 only, from the same manifest `eco status` reads.
var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddEnvironmentVariables(LakeOptions.EnvironmentPrefix);
builder.WebHost.UseUrls(builder.Configuration["ASPNETCORE_URLS"] ?? "http://127.0.0.1:5080");
builder.AddDataLake();
builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower)));

var app = builder.Build();
app.MapLakeStatus();
app.Run();
