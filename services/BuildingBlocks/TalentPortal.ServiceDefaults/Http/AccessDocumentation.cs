using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.OpenApi;
using TalentPortal.ServiceDefaults.Auth;

namespace TalentPortal.ServiceDefaults.Http;

/// <summary>Writes each endpoint's <see cref="AccessRule"/> into the OpenAPI document: the bearer scheme, a security
/// requirement on every operation that needs a token (an empty one on public operations), the roles and scope in the
/// description, and a ProblemDetails response for every error status the endpoint can answer with.</summary>
internal static class AccessDocumentation
{
    public const string SchemeName = "bearer";

    public static Task AddSchemeAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        // Relative to wherever the document was read: the paths are the same on the service and through the gateway.
        document.Servers = [new OpenApiServer { Url = "/", Description = "The host this document was read from (a service or the gateway)" }];
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = "An access token from the gateway's POST /api/auth/login (ES256, 15 minutes). Roles and scope come from its claims.",
        };
        return Task.CompletedTask;
    }

    public static async Task DescribeAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var rule = context.Description.ActionDescriptor.EndpointMetadata.OfType<AccessRule>().LastOrDefault();
        if (rule is null)
        {
            return;
        }

        operation.Description = string.IsNullOrWhiteSpace(operation.Description) ? rule.Describe() : $"{operation.Description}\n\n{rule.Describe()}";
        operation.Extensions ??= new Dictionary<string, IOpenApiExtension>();
        operation.Extensions["x-roles"] = new JsonNodeExtension(new JsonArray([.. rule.Roles.Select(r => JsonValue.Create(r))]));
        operation.Extensions["x-scope"] = new JsonNodeExtension(JsonValue.Create(rule.Scope.ToString()));
        operation.Security = rule.IsPublic
            ? []
            : [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, context.Document)] = [] }];

        var parameters = context.Description.ParameterDescriptions;
        var statuses = new List<int>();
        if (parameters.Count > 0)
        {
            statuses.Add(StatusCodes.Status400BadRequest);
        }

        if (!rule.IsPublic)
        {
            statuses.Add(StatusCodes.Status401Unauthorized);
            statuses.Add(StatusCodes.Status403Forbidden);
        }

        if (parameters.Any(p => p.Source.Id == "Path"))
        {
            statuses.Add(StatusCodes.Status404NotFound);
        }

        operation.Responses ??= [];
        IOpenApiSchema? problem = null;
        foreach (var status in statuses)
        {
            var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (operation.Responses.ContainsKey(key))
            {
                continue;
            }

            problem ??= await context.GetOrCreateSchemaAsync(typeof(ProblemDetails), null, cancellationToken);
            operation.Responses[key] = new OpenApiResponse
            {
                Description = ReasonPhrases.GetReasonPhrase(status),
                Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new() { Schema = problem } },
            };
        }

        foreach (var (key, response) in operation.Responses)
        {
            if (string.IsNullOrEmpty(response.Description) && int.TryParse(key, out var code))
            {
                if (response is OpenApiResponse concrete)
                {
                    concrete.Description = ReasonPhrases.GetReasonPhrase(code);
                }
            }
        }

    }
}
