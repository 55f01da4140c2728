import { describe, expect, it } from 'vitest';
import { detectRole, extractSkills } from './taxonomy.js';

// Résumés written the way people write them: headings, bullet lists, prose, versions and slashes.
const RESUMES = {
  pythonBackend: `Priya Raman — Senior Backend Engineer
Skills: Python, Django / DRF, Celery, SQLAlchemy, Alembic, Pydantic, FastAPI, PostgreSQL, Redis, Docker, Terraform, AWS (SQS, SNS), Sentry
2017 – present  Lumen Health
- Moved nightly billing jobs to Celery workers behind Gunicorn, with query tuning that cut p95 from 2 s to 300 ms.
- Wrote Terraform modules for the staging and production VPCs; on-call rotation lead.`,
  javaEnterprise: `Marek Nowak, Java Developer
Technologies: Java 17, Spring Boot, Hibernate, Maven, Gradle, Apache Tomcat, Oracle DB, SQL, Liquibase, JUnit, Testcontainers, Jenkins, SonarQube, Keycloak
Built REST APIs for a bank's payment platform; integrated ActiveMQ and Kafka Connect (Debezium) for change data capture.`,
  dataEngineer: `Data Engineer with 6 years of experience.
Stack: SQL, dbt, Airflow, Dagster, Snowflake, BigQuery, Trino, Apache Iceberg, Parquet, Fivetran, Great Expectations, Polars, Metabase, AWS Glue.
Designed a lakehouse on Delta Lake; reduced pipeline failures with data contracts.`,
  devops: `Site Reliability Engineer
Kubernetes, Helm, Kustomize, ArgoCD, FluxCD, Docker, Podman, Terraform, Packer, HashiCorp Vault, Consul, Prometheus, Grafana, Loki, Jaeger, PagerDuty, Traefik, PowerShell, VMware vSphere
Ran blameless postmortems and wrote runbooks; introduced infrastructure as code (IaC) across 40 services.`,
  mobile: `Android & iOS Engineer — Kotlin, Swift, Jetpack Compose, SwiftUI, Kotlin Multiplatform (KMM), Room, Retrofit, RxJava, Hilt, Fastlane, CocoaPods, Firebase Cloud Messaging, Detox, Bitrise`,
  ml: `Machine Learning Engineer: PyTorch, JAX, ONNX Runtime, spaCy, Ray Tune, vLLM, OpenAI API, LangGraph, pgvector, SciPy, Matplotlib, time series forecasting with Prophet, fraud detection, hyperparameter tuning.`,
  frontend: `Frontend Developer — TypeScript, React, Remix, Astro, Preact, Lit, htmx, Vite, esbuild, ESLint, Prettier, styled-components, TanStack Query, Zustand, Chart.js, Storybook, React Testing Library, Puppeteer, Percy, axe-core.`,
  product: `Product Manager. Owned the roadmap for a B2B SaaS product; ran growth experiments with LaunchDarkly feature flags, tracked ARR and churn in Amplitude and Pendo, wrote PRDs in Notion and planned in Linear, Miro workshops and design sprints.`,
  security: `Security Engineer — penetration testing, Burp Suite, threat hunting, CrowdStrike, Okta, Auth0, AWS Secrets Manager, Snyk, Semgrep, Trivy, Ghidra, NIST and CIS benchmarks, web application firewall rules.`,
  manager: `Engineering Manager with 10 years in software; engineering manager of two distributed teams; Lean Six Sigma; ITIL; risk register and vendor management; Asana and Jira; PRINCE2 certified.`,
} as const;

const EXPECTED: Record<keyof typeof RESUMES, string[]> = {
  pythonBackend: [
    'Python',
    'Django',
    'Celery',
    'SQLAlchemy',
    'Alembic',
    'Pydantic',
    'FastAPI',
    'PostgreSQL',
    'Redis',
    'Docker',
    'Terraform',
    'AWS',
    'Amazon SQS',
    'Sentry',
    'Gunicorn',
    'Query Optimization',
    'Incident Management',
  ],
  javaEnterprise: [
    'Java',
    'Spring Boot',
    'Hibernate',
    'Maven',
    'Gradle',
    'Tomcat',
    'Oracle Database',
    'SQL',
    'Database Migrations',
    'JUnit',
    'Testcontainers',
    'Jenkins',
    'SonarQube',
    'Okta',
    'ActiveMQ',
    'Kafka Connect',
    'REST APIs',
  ],
  dataEngineer: [
    'SQL',
    'dbt',
    'Airflow',
    'Dagster',
    'Snowflake',
    'BigQuery',
    'Trino',
    'Delta Lake',
    'Fivetran',
    'Data Quality',
    'Polars',
    'Apache Superset',
    'AWS Glue',
    'Data Warehousing',
  ],
  devops: [
    'Kubernetes',
    'Helm',
    'Kustomize',
    'ArgoCD',
    'Flux',
    'Docker',
    'Podman',
    'Terraform',
    'Packer',
    'Vault',
    'Consul',
    'Prometheus',
    'Grafana',
    'Logging',
    'Jaeger',
    'PagerDuty',
    'HAProxy',
    'PowerShell',
    'VMware',
    'Incident Management',
    'Infrastructure as Code',
    'Site Reliability Engineering',
  ],
  mobile: [
    'Android',
    'iOS',
    'Kotlin',
    'Swift',
    'Jetpack Compose',
    'SwiftUI',
    'Kotlin Multiplatform',
    'Room',
    'Retrofit',
    'RxJava',
    'Dagger',
    'Fastlane',
    'CocoaPods',
    'Push Notifications',
    'Detox',
    'Mobile CI',
  ],
  ml: [
    'Machine Learning',
    'PyTorch',
    'JAX',
    'ONNX',
    'spaCy',
    'Ray',
    'vLLM',
    'OpenAI API',
    'LangGraph',
    'Pinecone',
    'SciPy',
    'Matplotlib',
    'Time Series Forecasting',
    'Anomaly Detection',
    'Model Evaluation',
  ],
  frontend: [
    'TypeScript',
    'React',
    'Remix',
    'Astro',
    'Preact',
    'Lit',
    'htmx',
    'Vite',
    'Rollup',
    'ESLint',
    'Styled Components',
    'React Query',
    'Zustand',
    'Chart.js',
    'Storybook',
    'Testing Library',
    'Puppeteer',
    'Visual Regression Testing',
    'Accessibility Testing',
  ],
  product: [
    'Product Strategy',
    'B2B SaaS',
    'Product-Led Growth',
    'Feature Flags',
    'SaaS Metrics',
    'Product Analytics',
    'Pendo',
    'Product Requirements',
    'Notion',
    'Linear',
    'Miro',
    'Design Thinking',
  ],
  security: [
    'Penetration Testing',
    'Burp Suite',
    'Security Operations',
    'EDR',
    'Okta',
    'Secrets Management',
    'Snyk',
    'SonarQube',
    'Trivy',
    'Malware Analysis',
    'Security Audits',
    'WAF',
  ],
  manager: ['Engineering Management', 'Remote Team Leadership', 'Lean', 'ITIL', 'Risk Management', 'Vendor Management', 'Asana', 'Jira', 'PRINCE2'],
};

describe('skill coverage on varied résumés', () => {
  it.each(Object.keys(RESUMES) as (keyof typeof RESUMES)[])('should find the skills of the %s résumé', (key) => {
    const skills = extractSkills(RESUMES[key]);
    const missing = EXPECTED[key].filter((name) => !skills.includes(name));
    expect(missing).toEqual([]);
  });

  it('should match the skills of a Python backend résumé to a backend role', () => {
    const text = RESUMES.pythonBackend;
    const role = detectRole({ skills: extractSkills(text), text, yearsOfExperience: 8, roleFocus: null });
    expect(role.family).toBe('backend');
    expect(role.matchedSkills).toEqual(expect.arrayContaining(['Python', 'Django', 'Celery', 'PostgreSQL', 'Docker', 'SQLAlchemy']));
  });

  it('should not read common words as the new tool names', () => {
    const prose =
      'I joined the team in a room full of noise; the echo of fiber cables and the flux of priorities kept the assembly of parts moving. ' +
      'As a digital nomad I worked in a realm of principle and vision, and prettier slides, without a vault or a consul. ' +
      'The linear plan had a notion of a ray of hope.';
    const skills = extractSkills(prose);
    for (const name of ['Room', 'Echo', 'Fiber', 'Flux', 'Assembly', 'Nomad', 'Realm', 'ProtoPie', 'ESLint', 'Vault', 'Consul', 'Linear', 'Notion', 'Ray']) {
      expect(skills, name).not.toContain(name);
    }
  });
});
