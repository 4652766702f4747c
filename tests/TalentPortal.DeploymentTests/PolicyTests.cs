using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using static TalentPortal.DeploymentTests.Manifests;

namespace TalentPortal.DeploymentTests;

/// <summary>Rules every rendered overlay keeps: locked-down containers with probes and resources, default-deny network
/// policies, only the gateway reachable from outside, Dapr and autoscaling set up the same way for every host, and
/// secrets referenced, never committed (in prod).</summary>
public sealed class PolicyTests
{
    public static TheoryData<string> Overlays => [Dev, Prod];

    /// <summary>Documented exceptions to "every container has readiness and liveness probes": a Job runs to completion
    /// (the RabbitMQ topology Job), so there is nothing to be ready for or to restart.</summary>
    private static readonly string[] KindsWithoutProbes = ["Job", "CronJob"];

    /// <summary>Namespaces (other than the workloads' own) allowed to open connections into the namespace, and to which
    /// pods: the ingress controller to the gateway only; KEDA and the RabbitMQ operator to the broker.</summary>
    private static readonly (string Namespace, string Target)[] AllowedFromOutside =
    [
        ("ingress-nginx", "gateway"),
        ("keda", "rabbitmq"),
        ("rabbitmq-system", "rabbitmq"),
    ];

    private static void NoViolations(List<string> violations, string rule) =>
        Assert.True(violations.Count == 0, $"{rule}:\n  " + string.Join("\n  ", violations));

    [Theory]
    [MemberData(nameof(Overlays))]
    public void EveryContainer_hasProbesRequestsAndLimits_andRunsAsNonRootOnAReadOnlyRoot(string overlay)
    {
        var rendered = Render(overlay);
        var violations = new List<string>();
        var workloads = rendered.OfKind(WorkloadKinds).ToList();
        Assert.NotEmpty(workloads);
        foreach (var workload in workloads)
        {
            var pod = PodSpec(workload);
            var podNonRoot = Text(pod?["securityContext"]?["runAsNonRoot"]) == "true";
            foreach (var container in Containers(workload))
            {
                var where = $"{Describe(workload)} container {Text(container["name"])}";
                if (!KindsWithoutProbes.Contains(Kind(workload)))
                {
                    if (container["readinessProbe"] is null)
                    {
                        violations.Add($"{where}: no readinessProbe");
                    }

                    if (container["livenessProbe"] is null)
                    {
                        violations.Add($"{where}: no livenessProbe");
                    }
                }

                foreach (var part in new[] { "requests", "limits" })
                {
                    foreach (var resource in new[] { "cpu", "memory" })
                    {
                        if (Text(container["resources"]?[part]?[resource]) is null)
                        {
                            violations.Add($"{where}: no {resource} {part[..^1]}");
                        }
                    }
                }

                var security = container["securityContext"];
                if (!podNonRoot && Text(security?["runAsNonRoot"]) != "true" || Text(security?["runAsNonRoot"]) == "false")
                {
                    violations.Add($"{where}: runAsNonRoot is not true");
                }

                if (Text(security?["readOnlyRootFilesystem"]) != "true")
                {
                    violations.Add($"{where}: readOnlyRootFilesystem is not true");
                }

                if (Text(security?["allowPrivilegeEscalation"]) != "false")
                {
                    violations.Add($"{where}: allowPrivilegeEscalation is not false");
                }
            }
        }

        NoViolations(violations, "containers that break the rules");
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void EveryHost_isProbedOnItsHealthEndpoints_andWritesOnlyToEmptyDirs(string overlay)
    {
        var rendered = Render(overlay);
        var violations = new List<string>();
        foreach (var host in Hosts)
        {
            var deployment = rendered.Find("Deployment", host);
            if (deployment is null)
            {
                violations.Add($"no Deployment {host}");
                continue;
            }

            var container = Containers(deployment).First();
            if (Text(container["readinessProbe"]?["httpGet"]?["path"]) != "/health/ready")
            {
                violations.Add($"{host}: readiness is not probed on /health/ready");
            }

            if (Text(container["livenessProbe"]?["httpGet"]?["path"]) != "/health/live")
            {
                violations.Add($"{host}: liveness is not probed on /health/live");
            }

            var emptyDirs = Items(PodSpec(deployment)?["volumes"]).Where(v => v["emptyDir"] is not null).Select(v => Text(v["name"])).ToHashSet();
            foreach (var path in new[] { "/tmp", "/data" })
            {
                if (!Items(container["volumeMounts"]).Any(m => Text(m["mountPath"]) == path && emptyDirs.Contains(Text(m["name"]))))
                {
                    violations.Add($"{host}: no emptyDir mounted at {path} (the root filesystem is read-only)");
                }
            }
        }

        NoViolations(violations, "hosts");
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void EveryWorkloadNamespace_hasADefaultDenyNetworkPolicy(string overlay)
    {
        var rendered = Render(overlay);
        var namespaces = rendered.OfKind([.. WorkloadKinds, "RabbitmqCluster", "MongoDBCommunity"]).Select(o => Namespace(o) ?? "default").Distinct().ToList();
        Assert.NotEmpty(namespaces);
        foreach (var ns in namespaces)
        {
            var denyAll = rendered.OfKind("NetworkPolicy").Where(p => (Namespace(p) ?? "default") == ns).Any(p =>
                p["spec"]?["podSelector"] is JsonObject { Count: 0 }
                && Items(p["spec"]?["policyTypes"]).Select(Text).Order().SequenceEqual(["Egress", "Ingress"])
                && p["spec"]?["ingress"] is null && p["spec"]?["egress"] is null);
            Assert.True(denyAll, $"namespace {ns} has no default-deny NetworkPolicy (empty podSelector, Ingress and Egress, no rules)");
        }
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void OnlyTheGateway_isReachableFromOutside_throughTheIngress(string overlay)
    {
        var rendered = Render(overlay);
        var violations = new List<string>();
        var ingresses = rendered.OfKind("Ingress").ToList();
        Assert.NotEmpty(ingresses);
        foreach (var ingress in ingresses)
        {
            var backends = Items(ingress["spec"]?["rules"]).SelectMany(r => Items(r["http"]?["paths"])).Select(p => Text(p["backend"]?["service"]?["name"]))
                .Append(Text(ingress["spec"]?["defaultBackend"]?["service"]?["name"])).OfType<string>();
            violations.AddRange(backends.Where(b => b != "gateway").Select(b => $"{Describe(ingress)} routes to {b}"));
            if (Items(ingress["spec"]?["tls"]).All(t => Text(t["secretName"]) is null))
            {
                violations.Add($"{Describe(ingress)} has no TLS secret");
            }
        }

        foreach (var service in rendered.OfKind("Service"))
        {
            if (Text(service["spec"]?["type"]) is { } type && type != "ClusterIP")
            {
                violations.Add($"{Describe(service)} is of type {type}");
            }
        }

        foreach (var cluster in rendered.OfKind("RabbitmqCluster"))
        {
            if (Text(cluster["spec"]?["service"]?["type"]) is { } type && type != "ClusterIP")
            {
                violations.Add($"{Describe(cluster)} exposes a {type} service");
            }
        }

        foreach (var policy in rendered.OfKind("NetworkPolicy"))
        {
            var target = Text(policy["spec"]?["podSelector"]?["matchLabels"]?["app.kubernetes.io/name"]);
            foreach (var rule in Items(policy["spec"]?["ingress"]))
            {
                if (rule["from"] is null)
                {
                    violations.Add($"{Describe(policy)} admits connections from anywhere");
                }

                foreach (var peer in Items(rule["from"]))
                {
                    if (peer["ipBlock"] is not null)
                    {
                        violations.Add($"{Describe(policy)} admits an ipBlock");
                    }

                    if (peer["namespaceSelector"] is { } selector)
                    {
                        var ns = Text(selector["matchLabels"]?["kubernetes.io/metadata.name"]);
                        if (!AllowedFromOutside.Contains((ns ?? "(any namespace)", target ?? "(several pods)")))
                        {
                            violations.Add($"{Describe(policy)} admits namespace {ns ?? "(any)"} to {target ?? "several pods"}");
                        }
                    }
                }
            }
        }

        NoViolations(violations, "ways in from outside other than the ingress to the gateway");
    }

    [Fact]
    public void Prod_commitsNoSecret_onlyReferencesThem()
    {
        var secrets = Render(Prod).OfKind("Secret").Where(s => s["data"] is not null || s["stringData"] is not null).Select(Describe).ToList();

        Assert.True(secrets.Count == 0, "prod renders secrets with values: " + string.Join(", ", secrets));
    }

    [Fact]
    public void Dev_secrets_areAllMarkedDevOnly()
    {
        var secrets = Render(Dev).OfKind("Secret").ToList();

        Assert.NotEmpty(secrets);
        Assert.All(secrets, s => Assert.True(Text(s["metadata"]?["labels"]?["talentportal.io/dev-only"]) == "true", $"{Describe(s)} is not labelled talentportal.io/dev-only"));
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void EveryReferencedSecret_isListedInTheDeploymentGuide(string overlay)
    {
        var guide = File.ReadAllText(Repository.Combine("docs", "deploy.md"));
        var rendered = Render(overlay);
        var referenced = new HashSet<string>(StringComparer.Ordinal);
        foreach (var workload in rendered.OfKind(WorkloadKinds))
        {
            foreach (var container in Containers(workload))
            {
                referenced.UnionWith(Items(container["env"]).Select(e => Text(e["valueFrom"]?["secretKeyRef"]?["name"])).OfType<string>());
                referenced.UnionWith(Items(container["envFrom"]).Select(e => Text(e["secretRef"]?["name"])).OfType<string>());
            }

            referenced.UnionWith(Items(PodSpec(workload)?["volumes"]).Select(v => Text(v["secret"]?["secretName"])).OfType<string>());
        }

        referenced.UnionWith(rendered.OfKind("Ingress").SelectMany(i => Items(i["spec"]?["tls"])).Select(t => Text(t["secretName"])).OfType<string>());
        referenced.UnionWith(rendered.OfKind("TriggerAuthentication").SelectMany(t => Items(t["spec"]?["secretTargetRef"])).Select(r => Text(r["name"])).OfType<string>());
        referenced.UnionWith(rendered.OfKind("MongoDBCommunity").SelectMany(m => Items(m["spec"]?["users"])).Select(u => Text(u["passwordSecretRef"]?["name"])).OfType<string>());
        Assert.NotEmpty(referenced);

        var missing = referenced.Where(name => !guide.Contains($"`{name}`", StringComparison.Ordinal)).Order().ToList();

        Assert.True(missing.Count == 0, "secrets referenced by the manifests but not listed in docs/deploy.md: " + string.Join(", ", missing));
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void EveryHostButThePortal_hasADaprSidecar_withTheAppIdUsedToday(string overlay)
    {
        var rendered = Render(overlay);
        var configurations = rendered.OfKind("Configuration").Select(Name).ToHashSet();
        var violations = new List<string>();
        var withSidecar = new List<string>();
        foreach (var deployment in rendered.OfKind("Deployment"))
        {
            var annotations = PodMetadata(deployment)?["annotations"];
            var name = Name(deployment);
            switch (Text(annotations?["dapr.io/enabled"]))
            {
                case "false":
                    continue;
                case "true":
                    break;
                default:
                    violations.Add($"{name}: dapr.io/enabled is not set");
                    continue;
            }

            withSidecar.Add(name);
            if (Text(annotations?["dapr.io/app-id"]) != name || !DaprAppIds.Contains(name))
            {
                violations.Add($"{name}: dapr.io/app-id is {Text(annotations?["dapr.io/app-id"])}, not one of the app ids {string.Join(", ", DaprAppIds)} matching the Deployment");
            }

            var port = Containers(deployment).SelectMany(c => Items(c["ports"])).Select(p => Text(p["containerPort"])).FirstOrDefault();
            if (Text(annotations?["dapr.io/app-port"]) != port)
            {
                violations.Add($"{name}: dapr.io/app-port {Text(annotations?["dapr.io/app-port"])} is not the container port {port}");
            }

            if (Text(annotations?["dapr.io/config"]) is not { } config || !configurations.Contains(config))
            {
                violations.Add($"{name}: dapr.io/config does not name a rendered Configuration");
            }

            foreach (var key in new[] { "sidecar-cpu-request", "sidecar-cpu-limit", "sidecar-memory-request", "sidecar-memory-limit" })
            {
                if (Text(annotations?["dapr.io/" + key]) is null)
                {
                    violations.Add($"{name}: dapr.io/{key} is not set (the injected sidecar needs requests and limits too)");
                }
            }
        }

        Assert.Equal(DaprAppIds.Order(), withSidecar.Order());
        foreach (var resiliency in rendered.OfKind("Resiliency"))
        {
            violations.AddRange(Entries(resiliency["spec"]?["targets"]?["apps"]).Select(a => a.Key).Concat(Items(resiliency["scopes"]).Select(Text).OfType<string>())
                .Where(id => !DaprAppIds.Contains(id)).Select(id => $"{Describe(resiliency)} names the unknown app id {id}"));
        }

        NoViolations(violations, "Dapr set-up");
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void EveryHost_hasOneAutoscaler_onCpu_andADisruptionBudget(string overlay)
    {
        var rendered = Render(overlay);
        var violations = new List<string>();
        foreach (var deployment in rendered.OfKind("Deployment"))
        {
            var name = Name(deployment);
            var hpas = rendered.OfKind("HorizontalPodAutoscaler").Where(h => Text(h["spec"]?["scaleTargetRef"]?["kind"]) == "Deployment" && Text(h["spec"]?["scaleTargetRef"]?["name"]) == name).ToList();
            var scaledObjects = rendered.OfKind("ScaledObject").Where(s => (Text(s["spec"]?["scaleTargetRef"]?["kind"]) ?? "Deployment") == "Deployment" && Text(s["spec"]?["scaleTargetRef"]?["name"]) == name).ToList();
            if (hpas.Count + scaledObjects.Count != 1)
            {
                violations.Add($"{name}: {hpas.Count} HorizontalPodAutoscalers and {scaledObjects.Count} ScaledObjects (exactly one autoscaler, KEDA makes its own HPA)");
            }

            if (deployment["spec"]?["replicas"] is not null)
            {
                violations.Add($"{name}: spec.replicas is set although an autoscaler owns the count");
            }

            if (hpas.Count == 1 && !Items(hpas[0]["spec"]?["metrics"]).Any(m => Text(m["resource"]?["name"]) == "cpu"))
            {
                violations.Add($"{name}: its HorizontalPodAutoscaler does not scale on CPU");
            }

            if (scaledObjects.Count == 1 && !Items(scaledObjects[0]["spec"]?["triggers"]).Any(t => Text(t["type"]) == "cpu"))
            {
                violations.Add($"{name}: its ScaledObject does not scale on CPU");
            }

            var labels = PodMetadata(deployment)?["labels"] as JsonObject ?? [];
            var budgets = rendered.OfKind("PodDisruptionBudget").Where(p =>
                Entries(p["spec"]?["selector"]?["matchLabels"]) is var selector && selector.Any() && selector.All(l => Text(labels[l.Key]) == Text(l.Value)));
            if (!budgets.Any())
            {
                violations.Add($"{name}: no PodDisruptionBudget selects its pods");
            }
        }

        NoViolations(violations, "autoscaling and disruption budgets");
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void ConsumerServices_scaleWithKeda_onExactlyTheQueuesTheyConsume(string overlay)
    {
        using var definitions = JsonDocument.Parse(File.ReadAllText(Repository.Combine("deploy", "rabbitmq", "definitions.json")));
        var queues = definitions.RootElement.GetProperty("queues").EnumerateArray().Select(q => q.GetProperty("name").GetString()!).ToList();
        Assert.NotEmpty(queues);
        var rendered = Render(overlay);
        foreach (var host in Hosts)
        {
            var consumed = queues.Where(q => q.StartsWith(host + "-", StringComparison.Ordinal)).Order().ToList();
            var scaledObject = rendered.OfKind("ScaledObject").FirstOrDefault(s => Text(s["spec"]?["scaleTargetRef"]?["name"]) == host);
            var triggered = Items(scaledObject?["spec"]?["triggers"]).Where(t => Text(t["type"]) == "rabbitmq").Select(t => Text(t["metadata"]?["queueName"])!).Order().ToList();

            Assert.True(consumed.SequenceEqual(triggered), $"{host} consumes [{string.Join(", ", consumed)}] but KEDA watches [{string.Join(", ", triggered)}]");
            Assert.All(Items(scaledObject?["spec"]?["triggers"]).Where(t => Text(t["type"]) == "rabbitmq"), t =>
                Assert.NotNull(Text(t["authenticationRef"]?["name"]) is { } auth ? rendered.Find("TriggerAuthentication", auth) : null));
        }
    }

    [Fact]
    public void Replicas_areOneInDev_andSeveralInProd()
    {
        static IEnumerable<(string Name, int Min)> Minimums(Rendered r) =>
            r.OfKind("HorizontalPodAutoscaler").Select(h => (Name(h), int.Parse(Text(h["spec"]?["minReplicas"]) ?? "1", System.Globalization.CultureInfo.InvariantCulture)))
                .Concat(r.OfKind("ScaledObject").Select(s => (Name(s), int.Parse(Text(s["spec"]?["minReplicaCount"]) ?? "0", System.Globalization.CultureInfo.InvariantCulture))));

        Assert.All(Minimums(Render(Dev)), m => Assert.True(m.Min == 1, $"dev: {m.Name} starts with {m.Min} replicas"));
        Assert.All(Minimums(Render(Prod)), m => Assert.True(m.Min >= 3, $"prod: {m.Name} starts with only {m.Min} replicas"));
        Assert.Equal("3", Text(Render(Prod).Find("RabbitmqCluster", "rabbitmq")?["spec"]?["replicas"]));
        Assert.Equal("3", Text(Render(Prod).Find("MongoDBCommunity", "mongo")?["spec"]?["members"]));
    }

    [Fact]
    public void Prod_pinsItsImages()
    {
        var images = Render(Prod).OfKind(WorkloadKinds).SelectMany(Containers).Select(c => Text(c["image"]) ?? "").ToList();

        Assert.NotEmpty(images);
        Assert.All(images, image => Assert.True(image.Contains(':', StringComparison.Ordinal) && !image.EndsWith(":latest", StringComparison.Ordinal) && !image.EndsWith(":dev", StringComparison.Ordinal),
            $"prod image {image} is not pinned to a release tag"));
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void MongoConnectionStrings_areEachServicesOwnUser_withMajorityWrites(string overlay)
    {
        var rendered = Render(overlay);
        var mongo = Assert.Single(rendered.OfKind("MongoDBCommunity"));
        Assert.Equal("majority", Text(mongo["spec"]?["additionalConnectionStringConfig"]?["w"]));
        var users = Items(mongo["spec"]?["users"]).ToList();
        Assert.All(users, u => Assert.True(Text(u["additionalConnectionStringConfig"]?["w"]) is null or "majority", $"user {Text(u["name"])} overrides w"));

        var clients = 0;
        foreach (var deployment in rendered.OfKind("Deployment"))
        {
            var container = Containers(deployment).First();
            var reference = Items(container["env"]).FirstOrDefault(e => Text(e["name"]) == "ConnectionStrings__mongo")?["valueFrom"]?["secretKeyRef"];
            if (reference is null)
            {
                continue;
            }

            clients++;
            var database = Environment(rendered, container).GetValueOrDefault("Storage__Database") ?? Name(deployment);
            var user = users.FirstOrDefault(u => Text(u["connectionStringSecretName"]) == Text(reference["name"]));
            Assert.True(user is not null, $"{Name(deployment)} reads {Text(reference["name"])}, which no MongoDB user's connection string secret is");
            Assert.Equal("connectionString.standard", Text(reference["key"]));
            Assert.True(Items(user!["roles"]).Any(r => Text(r["name"]) == "readWrite" && Text(r["db"]) == database),
                $"{Name(deployment)} uses database {database}, on which its user has no readWrite role");
        }

        Assert.Equal(4, clients);
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void ForwardedHeaders_areTrustedFromNetworksOnly_neverFromEverywhere(string overlay)
    {
        var rendered = Render(overlay);
        foreach (var (host, prefix) in new[] { ("gateway", "Gateway__TrustedProxies__"), ("portal", "Portal__TrustedProxies__") })
        {
            var deployment = rendered.Find("Deployment", host)!;
            var entries = Environment(rendered, Containers(deployment).First()).Where(e => e.Key.StartsWith(prefix, StringComparison.Ordinal)).Select(e => e.Value ?? "").ToList();

            Assert.NotEmpty(entries);
            Assert.All(entries, entry =>
            {
                Assert.True(IPAddress.TryParse(entry, out _) || System.Net.IPNetwork.TryParse(entry, out _), $"{host}: '{entry}' is neither an address nor a CIDR network");
                Assert.False(System.Net.IPNetwork.TryParse(entry, out var network) && network.PrefixLength == 0, $"{host} trusts forwarded headers from everywhere ({entry})");
            });
        }
    }

    [Fact]
    public void RabbitMqDefinitions_inTheKustomization_areDeployTopology()
    {
        Assert.Equal(
            File.ReadAllText(Repository.Combine("deploy", "rabbitmq", "definitions.json")),
            File.ReadAllText(Repository.Combine("deploy", "k8s", "base", "platform", "rabbitmq-definitions.json")));
    }

    /// <summary>The hosts refuse demo data outside Development and generate no key there: a rendered overlay must give
    /// demo data only to Development hosts, and every gateway and talent-registry outside Development its key.</summary>
    [Theory]
    [MemberData(nameof(Overlays))]
    public void DemoData_isSeededOnlyInDevelopment_andEveryOtherHostIsGivenItsKeys(string overlay)
    {
        var rendered = Render(overlay);
        var violations = new List<string>();
        foreach (var host in Hosts)
        {
            var environment = Environment(rendered, Containers(rendered.Find("Deployment", host)!).First());
            var name = environment.GetValueOrDefault("ASPNETCORE_ENVIRONMENT") ?? "Production";
            if (environment.GetValueOrDefault("Seed__DemoData") == "true" && name != "Development")
            {
                violations.Add($"{host}: Seed__DemoData=true in {name}");
            }

            if (name != "Development" && host == "gateway" && !environment.ContainsKey("Auth__SigningKeyPath"))
            {
                violations.Add($"{host}: no Auth__SigningKeyPath in {name}");
            }

            if (name != "Development" && host == "talent-registry" && !environment.ContainsKey("PersonalData__Key"))
            {
                violations.Add($"{host}: no PersonalData__Key in {name}");
            }
        }

        NoViolations(violations, "demo data and keys");
    }
}
