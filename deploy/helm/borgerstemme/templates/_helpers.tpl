{{/*
Every name and label of the chart comes from here, so a resource can always be traced to its
release and component.
*/}}

{{- define "borgerstemme.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "borgerstemme.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- $name := default .Chart.Name .Values.nameOverride -}}
{{- if contains $name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{/* A component's resource name. Call with (dict "root" $ "component" "gateway"). */}}
{{- define "borgerstemme.componentName" -}}
{{- printf "%s-%s" (include "borgerstemme.fullname" .root) .component | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "borgerstemme.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* Labels of every resource. Call with (dict "root" $ "component" "gateway"). */}}
{{- define "borgerstemme.labels" -}}
helm.sh/chart: {{ include "borgerstemme.chart" .root }}
{{ include "borgerstemme.selectorLabels" . }}
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
app.kubernetes.io/part-of: borgerstemme
{{- end -}}

{{/* Labels that select one component's pods; never change them, a Deployment's selector is immutable. */}}
{{- define "borgerstemme.selectorLabels" -}}
app.kubernetes.io/name: {{ include "borgerstemme.name" .root }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .component }}
{{- end -}}

{{/* Labels every pod of the release carries: what the default-deny policy selects. */}}
{{- define "borgerstemme.releaseSelectorLabels" -}}
app.kubernetes.io/name: {{ include "borgerstemme.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{/* Component names, one place for each. */}}
{{- define "borgerstemme.gateway.fullname" -}}
{{- include "borgerstemme.componentName" (dict "root" . "component" "gateway") -}}
{{- end -}}

{{- define "borgerstemme.surveyService.fullname" -}}
{{- include "borgerstemme.componentName" (dict "root" . "component" "survey-service") -}}
{{- end -}}

{{- define "borgerstemme.complaintService.fullname" -}}
{{- include "borgerstemme.componentName" (dict "root" . "component" "complaint-service") -}}
{{- end -}}

{{- define "borgerstemme.catalogue.fullname" -}}
{{- include "borgerstemme.componentName" (dict "root" . "component" "catalogue") -}}
{{- end -}}

{{- define "borgerstemme.serviceAccountName" -}}
{{- if .Values.serviceAccount.create -}}
{{- default (include "borgerstemme.fullname" .) .Values.serviceAccount.name -}}
{{- else -}}
{{- default "default" .Values.serviceAccount.name -}}
{{- end -}}
{{- end -}}

{{/*
A data service's names and values. Call with (dict "root" $ "service" "surveyService"); the
service key is the one in values.yaml.
*/}}
{{- define "borgerstemme.dataService.component" -}}
{{- if eq .service "surveyService" -}}survey-service{{- else -}}complaint-service{{- end -}}
{{- end -}}

{{- define "borgerstemme.dataService.schema" -}}
{{- if eq .service "surveyService" -}}survey{{- else -}}complaint{{- end -}}
{{- end -}}

{{- define "borgerstemme.mysql.component" -}}
{{- printf "%s-mysql" (include "borgerstemme.dataService.schema" .) -}}
{{- end -}}

{{- define "borgerstemme.mysql.fullname" -}}
{{- include "borgerstemme.componentName" (dict "root" .root "component" (include "borgerstemme.mysql.component" .)) -}}
{{- end -}}

{{- define "borgerstemme.database.secretName" -}}
{{- $values := index .root.Values .service -}}
{{- if $values.database.existingSecret -}}
{{- $values.database.existingSecret -}}
{{- else -}}
{{- include "borgerstemme.componentName" (dict "root" .root "component" (printf "%s-database" (include "borgerstemme.dataService.component" .))) -}}
{{- end -}}
{{- end -}}

{{- define "borgerstemme.database.url" -}}
{{- $values := index .root.Values .service -}}
{{- if $values.mysql.enabled -}}
{{- printf "jdbc:mysql://%s:3306/%s?sslMode=REQUIRED" (include "borgerstemme.mysql.fullname" .) (include "borgerstemme.dataService.schema" .) -}}
{{- else -}}
{{- required (printf "%s.database.url is required when %s.mysql.enabled is false: the JDBC URL of the external MySQL" .service .service) $values.database.url -}}
{{- end -}}
{{- end -}}

{{/* The image of a service. Call with (dict "root" $ "repository" "borgerstemme-gateway"). */}}
{{- define "borgerstemme.image" -}}
{{- $registry := required "image.registry is required: the registry path the borgerstemme-* images were pushed to, e.g. registry.example.org/borgerstemme" (get .root.Values.image "registry") -}}
{{- printf "%s/%s:%s" (trimSuffix "/" $registry) .repository (default .root.Chart.AppVersion .root.Values.image.tag) -}}
{{- end -}}

{{- define "borgerstemme.imagePullSecrets" -}}
{{- with .Values.image.pullSecrets }}
imagePullSecrets:
{{- range . }}
  - name: {{ . }}
{{- end }}
{{- end }}
{{- end -}}

{{/* Pod security context of the three services. */}}
{{- define "borgerstemme.podSecurityContext" -}}
runAsNonRoot: true
{{- with .Values.securityContext.runAsUser }}
runAsUser: {{ . }}
{{- end }}
{{- with .Values.securityContext.runAsGroup }}
runAsGroup: {{ . }}
{{- end }}
{{- with .Values.securityContext.fsGroup }}
fsGroup: {{ . }}
{{- end }}
seccompProfile:
  type: RuntimeDefault
{{- end -}}

{{/* Container security context of every container in the chart; not configurable on purpose. */}}
{{- define "borgerstemme.containerSecurityContext" -}}
runAsNonRoot: true
allowPrivilegeEscalation: false
privileged: false
readOnlyRootFilesystem: true
capabilities:
  drop:
    - ALL
seccompProfile:
  type: RuntimeDefault
{{- end -}}

{{/* Probes on Micronaut's health endpoints; the startup probe covers Flyway migrating at start. */}}
{{- define "borgerstemme.probes" -}}
startupProbe:
  httpGet:
    path: /health/liveness
    port: http
  periodSeconds: {{ .Values.probes.startup.periodSeconds }}
  timeoutSeconds: {{ .Values.probes.startup.timeoutSeconds }}
  failureThreshold: {{ .Values.probes.startup.failureThreshold }}
livenessProbe:
  httpGet:
    path: /health/liveness
    port: http
  periodSeconds: {{ .Values.probes.liveness.periodSeconds }}
  timeoutSeconds: {{ .Values.probes.liveness.timeoutSeconds }}
  failureThreshold: {{ .Values.probes.liveness.failureThreshold }}
readinessProbe:
  httpGet:
    path: /health/readiness
    port: http
  periodSeconds: {{ .Values.probes.readiness.periodSeconds }}
  timeoutSeconds: {{ .Values.probes.readiness.timeoutSeconds }}
  failureThreshold: {{ .Values.probes.readiness.failureThreshold }}
{{- end -}}

{{/*
Kubernetes removes a terminating pod from its Service while it sends SIGTERM; the sleep lets every
node and the ingress controller notice before Micronaut stops accepting connections.
*/}}
{{- define "borgerstemme.lifecycle" -}}
preStop:
  exec:
    command: ["sleep", "{{ .Values.shutdown.preStopSleepSeconds }}"]
{{- end -}}

{{/* Settings every service reads from its ConfigMap. */}}
{{- define "borgerstemme.commonSettings" -}}
BORGERSTEMME_LOG_LEVEL: {{ .Values.config.logLevel | quote }}
BORGERSTEMME_DATA_DIR: /var/lib/borgerstemme
{{- if include "borgerstemme.catalogue.enabled" . }}
BORGERSTEMME_CATALOGUE_DIR: /etc/borgerstemme/catalogue
{{- end }}
{{- with .Values.config.micronautEnvironments }}
MICRONAUT_ENVIRONMENTS: {{ . | quote }}
{{- end }}
MICRONAUT_LIFECYCLE_GRACEFUL_SHUTDOWN_GRACE_PERIOD: {{ printf "%ds" (int .Values.shutdown.gracePeriodSeconds) | quote }}
JAVA_TOOL_OPTIONS: {{ include "borgerstemme.javaToolOptions" . | quote }}
{{- end -}}

{{/* The heap follows the container's memory limit, so changing resources resizes the JVM. The serial
     collector grows the heap only as far as the live data needs, which keeps a service's resident memory
     near 250 MB under citizen load (docs/benchmarks.md); bench/run starts the services with these options. */}}
{{- define "borgerstemme.javaToolOptions" -}}
{{- $options := list (printf "-XX:MaxRAMPercentage=%v" .Values.jvm.maxRamPercentage) "-XX:+ExitOnOutOfMemoryError" "-XX:+UseSerialGC" -}}
{{- with .Values.jvm.extraOptions }}{{ $options = append $options . }}{{ end -}}
{{- join " " $options -}}
{{- end -}}

{{- define "borgerstemme.catalogue.enabled" -}}
{{- if .Values.catalogue.organisations -}}true{{- end -}}
{{- end -}}

{{/* Writable places under a read-only root file system, and the catalogue. */}}
{{- define "borgerstemme.volumeMounts" -}}
- name: tmp
  mountPath: /tmp
- name: data
  mountPath: /var/lib/borgerstemme
{{- if include "borgerstemme.catalogue.enabled" . }}
- name: catalogue
  mountPath: /etc/borgerstemme/catalogue
  readOnly: true
{{- end }}
{{- end -}}

{{- define "borgerstemme.volumes" -}}
- name: tmp
  emptyDir:
    sizeLimit: {{ .Values.tmpSizeLimit }}
- name: data
  emptyDir:
    sizeLimit: {{ .Values.tmpSizeLimit }}
{{- if include "borgerstemme.catalogue.enabled" . }}
- name: catalogue
  configMap:
    name: {{ include "borgerstemme.catalogue.fullname" . }}
    items:
    {{- range $name, $content := .Values.catalogue.organisations }}
      - key: organisation-{{ $name }}.yml
        path: organisations/{{ $name }}.yml
    {{- end }}
    {{- range $name, $content := .Values.catalogue.frameworks }}
      - key: framework-{{ $name }}.yml
        path: frameworks/{{ $name }}.yml
    {{- end }}
{{- end }}
{{- end -}}

{{/* Pod annotations that roll the pods when their configuration changes. */}}
{{- define "borgerstemme.catalogue.checksum" -}}
{{- if include "borgerstemme.catalogue.enabled" . -}}
checksum/catalogue: {{ toYaml .Values.catalogue | sha256sum }}
{{- end -}}
{{- end -}}

{{/* Spread a component's pods over nodes, and over zones where the cluster has them. */}}
{{- define "borgerstemme.topologySpreadConstraints" -}}
{{- $root := .root -}}
{{- $component := .component -}}
{{- range $root.Values.topologySpread.topologyKeys }}
- maxSkew: {{ $root.Values.topologySpread.maxSkew }}
  topologyKey: {{ . }}
  whenUnsatisfiable: {{ $root.Values.topologySpread.whenUnsatisfiable }}
  labelSelector:
    matchLabels:
      {{- include "borgerstemme.selectorLabels" (dict "root" $root "component" $component) | nindent 6 }}
{{- end }}
{{- end -}}

{{/* Egress to the cluster DNS, which every pod that calls a peer by name needs. */}}
{{- define "borgerstemme.networkPolicy.dnsEgress" -}}
- to:
    - namespaceSelector:
        {{- toYaml .Values.networkPolicy.dns.namespaceSelector | nindent 8 }}
      podSelector:
        {{- toYaml .Values.networkPolicy.dns.podSelector | nindent 8 }}
  ports:
    - port: 53
      protocol: UDP
    - port: 53
      protocol: TCP
{{- end -}}

{{/* Ingress from the monitoring namespace to the HTTP port, when one is named. */}}
{{- define "borgerstemme.networkPolicy.monitoringIngress" -}}
{{- if .root.Values.networkPolicy.monitoring.namespaceSelector }}
- from:
    - namespaceSelector:
        {{- toYaml .root.Values.networkPolicy.monitoring.namespaceSelector | nindent 8 }}
      {{- with .root.Values.networkPolicy.monitoring.podSelector }}
      podSelector:
        {{- toYaml . | nindent 8 }}
      {{- end }}
  ports:
    - port: {{ .port }}
      protocol: TCP
{{- end }}
{{- end -}}

{{/* A data service's egress to its database: the chart's MySQL pod, or the external one by CIDR. */}}
{{- define "borgerstemme.networkPolicy.databaseEgress" -}}
{{- $values := index .root.Values .service -}}
{{- if $values.mysql.enabled }}
- to:
    - podSelector:
        matchLabels:
          {{- include "borgerstemme.selectorLabels" (dict "root" .root "component" (include "borgerstemme.mysql.component" .)) | nindent 10 }}
  ports:
    - port: 3306
      protocol: TCP
{{- else if $values.database.egressCidrs }}
- to:
    {{- range $values.database.egressCidrs }}
    - ipBlock:
        cidr: {{ . }}
    {{- end }}
  ports:
    - port: {{ $values.database.port }}
      protocol: TCP
{{- end }}
{{- end -}}

{{/* Egress to one of the chart's own components on its HTTP port. */}}
{{- define "borgerstemme.networkPolicy.peerEgress" -}}
- to:
    - podSelector:
        matchLabels:
          {{- include "borgerstemme.selectorLabels" . | nindent 10 }}
  ports:
    - port: {{ .port }}
      protocol: TCP
{{- end -}}

{{/* Ingress from one of the chart's own components to a port. */}}
{{- define "borgerstemme.networkPolicy.peerIngress" -}}
- from:
    - podSelector:
        matchLabels:
          {{- include "borgerstemme.selectorLabels" . | nindent 10 }}
  ports:
    - port: {{ .port }}
      protocol: TCP
{{- end -}}

{{/* An HPA for a component. Call with (dict "root" $ "component" "gateway" "values" .Values.gateway). */}}
{{- define "borgerstemme.hpa" -}}
{{- if .values.autoscaling.enabled }}
{{- if lt (int .values.autoscaling.maxReplicas) (int .values.autoscaling.minReplicas) }}
{{- fail (printf "%s: autoscaling.maxReplicas (%v) must not be below autoscaling.minReplicas (%v)" .component .values.autoscaling.maxReplicas .values.autoscaling.minReplicas) }}
{{- end }}
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: {{ include "borgerstemme.componentName" . }}
  labels:
    {{- include "borgerstemme.labels" . | nindent 4 }}
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: {{ include "borgerstemme.componentName" . }}
  minReplicas: {{ .values.autoscaling.minReplicas }}
  maxReplicas: {{ .values.autoscaling.maxReplicas }}
  metrics:
    - type: Resource
      resource:
        name: cpu
        target:
          type: Utilization
          averageUtilization: {{ .values.autoscaling.targetCPUUtilizationPercentage }}
  behavior:
    scaleDown:
      # Scale down slowly: a JVM that has just warmed up is the cheapest capacity there is.
      stabilizationWindowSeconds: 300
{{- end }}
{{- end -}}

{{/* A PDB for a component; same call as borgerstemme.hpa. */}}
{{- define "borgerstemme.pdb" -}}
{{- if .values.podDisruptionBudget.enabled }}
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: {{ include "borgerstemme.componentName" . }}
  labels:
    {{- include "borgerstemme.labels" . | nindent 4 }}
spec:
  maxUnavailable: {{ .values.podDisruptionBudget.maxUnavailable }}
  selector:
    matchLabels:
      {{- include "borgerstemme.selectorLabels" . | nindent 6 }}
{{- end }}
{{- end -}}

{{/* Scheduling settings of a component. */}}
{{- define "borgerstemme.scheduling" -}}
{{- with .values.nodeSelector }}
nodeSelector:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with .values.tolerations }}
tolerations:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with .values.affinity }}
affinity:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- end -}}

{{/* The Secret holding the internal API's shared secret under "secret". */}}
{{- define "borgerstemme.internalApi.secretName" -}}
{{- default (include "borgerstemme.componentName" (dict "root" . "component" "internal-api")) .Values.internalApi.existingSecret -}}
{{- end -}}

{{/* The internal API's shared secret as an environment variable of a service that calls or serves it. */}}
{{- define "borgerstemme.internalApi.env" -}}
- name: BORGERSTEMME_INTERNAL_SECRET
  valueFrom:
    secretKeyRef:
      name: {{ include "borgerstemme.internalApi.secretName" . }}
      key: secret
{{- end -}}

{{/* Where citizens reach the installation: the configured address, or the gateway's public host. */}}
{{- define "borgerstemme.publicUrl" -}}
{{- if .Values.surveyService.publicUrl -}}
{{- .Values.surveyService.publicUrl -}}
{{- else if and .Values.gateway.ingress.enabled .Values.gateway.ingress.host -}}
{{- printf "%s://%s" (ternary "https" "http" .Values.gateway.ingress.tls.enabled) .Values.gateway.ingress.host -}}
{{- end -}}
{{- end -}}

{{/*
Whether the gateway's rate limiter takes the client address from X-Forwarded-For: as set, or (null)
exactly when the Ingress is in front, since then every connection comes from the ingress controller.
*/}}
{{- define "borgerstemme.gateway.trustForwardedFor" -}}
{{- $trust := .Values.gateway.rateLimit.trustForwardedFor -}}
{{- if kindIs "invalid" $trust -}}
{{- .Values.gateway.ingress.enabled -}}
{{- else -}}
{{- $trust -}}
{{- end -}}
{{- end -}}

{{/* "true" when config.micronautEnvironments names demo or dev, where the complaint service writes mails as files. */}}
{{- define "borgerstemme.mailAsFiles" -}}
{{- $environments := splitList "," .Values.config.micronautEnvironments -}}
{{- if or (has "demo" $environments) (has "dev" $environments) -}}true{{- end -}}
{{- end -}}
