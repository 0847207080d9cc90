// The page of the PM Pathways web example: builds a profile from the form (or sends a résumé),
// calls the REST API and shows the advice. No framework and no build step. Every value from the
// server is put on the page as text, never as HTML.
"use strict";

(function () {
  const NAMES = {
    PRODUCT_TRIO: "Product trio",
    INTERNAL_MOVE: "Internal move",
    BUILD_YOUR_OWN: "Build your own proof",
    CUSTOMER_EMPATHY: "Customer empathy",
    BUSINESS_SENSE: "Business sense",
    EXECUTION: "Getting things done",
    GAP: "Gap",
    DEVELOPING: "Developing",
    STRONG: "Strong",
    READ: "Read",
    ASSUMED: "Assumed, check it",
    UNREADABLE: "Could not read",
    IGNORED: "Ignored",
    JSON_RESUME: "a JSON Resume",
    LINKEDIN_EXPORT: "a LinkedIn data export",
  };

  const form = document.getElementById("profile-form");
  const projects = document.getElementById("projects");
  const template = document.getElementById("project-template");
  const results = document.getElementById("results");
  const statusBox = document.getElementById("status");
  const problemBox = document.getElementById("problem");
  const adviceBox = document.getElementById("advice");
  const importBox = document.getElementById("import-result");
  const fileInput = document.getElementById("resume-file");
  const dropZone = document.getElementById("drop-zone");
  let projectCount = 0;

  /** A readable name for a value of the contract: known ones from NAMES, new ones spelled out. */
  function nameOf(value) {
    if (value === null || value === undefined) {
      return "";
    }
    if (NAMES[value]) {
      return NAMES[value];
    }
    const words = String(value).toLowerCase().replace(/_/g, " ");
    return words.charAt(0).toUpperCase() + words.slice(1);
  }

  function element(tag, text, className) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) {
      e.textContent = text;
    }
    if (className) {
      e.className = className;
    }
    return e;
  }

  function clear(node) {
    while (node.firstChild) {
      node.removeChild(node.firstChild);
    }
  }

  function list(text) {
    return text.split(/[\n,]/).map((s) => s.trim()).filter((s) => s.length > 0);
  }

  // ---- Side projects ----

  function addProject(values) {
    const index = projectCount++;
    const row = template.content.firstElementChild.cloneNode(true);
    row.querySelectorAll("[data-id]").forEach((input) => {
      input.id = "project-" + index + "-" + input.dataset.id;
    });
    row.querySelectorAll("label[data-for]").forEach((label) => {
      label.htmlFor = "project-" + index + "-" + label.dataset.for;
    });
    row.querySelector(".remove-project").addEventListener("click", () => {
      row.remove();
      document.getElementById("add-project").focus();
    });
    if (values) {
      const set = (id, v) => {
        const input = row.querySelector('[data-id="' + id + '"]');
        if (input.type === "checkbox") {
          input.checked = Boolean(v);
        } else if (v !== undefined && v !== null) {
          input.value = v;
        }
      };
      ["name", "kind", "stage", "users", "revenue", "problemDefined", "userResearch", "successMetrics"]
        .forEach((id) => set(id, values[id]));
    }
    projects.appendChild(row);
    return row;
  }

  document.getElementById("add-project").addEventListener("click", () => {
    addProject().querySelector("input").focus();
  });

  // ---- Employer: the three facts only mean something for someone employed ----

  const employed = document.getElementById("employed");
  const employerFacts = ["buildsDigitalProducts", "hasProductManagers", "formalProductProcess"]
    .map((id) => document.getElementById(id));

  function syncEmployer() {
    employerFacts.forEach((box) => {
      box.disabled = !employed.checked;
      if (!employed.checked) {
        box.checked = false;
      }
    });
  }
  employed.addEventListener("change", syncEmployer);
  syncEmployer();

  // ---- The form to a profile, and a profile back to the form ----

  function numberOf(input) {
    return input.value.trim() === "" ? undefined : Number(input.value);
  }

  function profileFromForm() {
    const profile = {};
    const title = document.getElementById("title").value.trim();
    if (title) {
      profile.title = title;
    }
    const role = document.getElementById("role").value;
    if (role) {
      profile.role = role;
    }
    profile.yearsExperience = numberOf(document.getElementById("years"));
    profile.skills = list(document.getElementById("skills").value);
    profile.certifications = list(document.getElementById("certifications").value);
    if (employed.checked) {
      profile.employer = {};
      employerFacts.forEach((box) => { profile.employer[box.id] = box.checked; });
    }
    profile.pmContacts = numberOf(document.getElementById("pmContacts"));
    profile.informationalInterviews = numberOf(document.getElementById("informationalInterviews"));
    profile.pmLikeWork = Array.from(form.querySelectorAll('input[name="pmLikeWork"]:checked')).map((b) => b.value);
    profile.sideProjects = Array.from(projects.querySelectorAll(".project")).map((row) => {
      const value = (id) => row.querySelector('[data-id="' + id + '"]');
      const project = { kind: value("kind").value, stage: value("stage").value };
      const name = value("name").value.trim();
      if (name) {
        project.name = name;
      }
      project.users = numberOf(value("users"));
      project.revenue = numberOf(value("revenue"));
      ["problemDefined", "userResearch", "successMetrics"].forEach((id) => { project[id] = value(id).checked; });
      return project;
    });
    return profile;
  }

  function fillForm(profile) {
    form.reset();
    document.getElementById("title").value = profile.title || "";
    document.getElementById("role").value = profile.role || "";
    document.getElementById("years").value = profile.yearsExperience ?? 0;
    document.getElementById("skills").value = (profile.skills || []).join("\n");
    document.getElementById("certifications").value = (profile.certifications || []).join("\n");
    employed.checked = Boolean(profile.employer);
    syncEmployer();
    employerFacts.forEach((box) => { box.checked = Boolean(profile.employer && profile.employer[box.id]); });
    document.getElementById("pmContacts").value = profile.pmContacts ?? 0;
    document.getElementById("informationalInterviews").value = profile.informationalInterviews ?? 0;
    const work = new Set(profile.pmLikeWork || []);
    form.querySelectorAll('input[name="pmLikeWork"]').forEach((box) => { box.checked = work.has(box.value); });
    clear(projects);
    (profile.sideProjects || []).forEach((p) => addProject(p));
  }

  // ---- Calling the API ----

  async function call(url, init) {
    let response;
    try {
      response = await fetch(url, init);
    } catch (e) {
      return { problem: { title: "No answer", detail: "The server could not be reached." } };
    }
    const type = response.headers.get("Content-Type") || "";
    const body = type.includes("json") ? await response.json() : null;
    if (!response.ok) {
      return { problem: body || { title: "Error " + response.status, detail: response.statusText } };
    }
    return { body: body };
  }

  function busy(message) {
    statusBox.textContent = message;
    problemBox.hidden = true;
    results.setAttribute("aria-busy", "true");
  }

  function done(message) {
    statusBox.textContent = message;
    results.removeAttribute("aria-busy");
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    busy("Working out your pathways…");
    const { body, problem } = await call("/advice", {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify(profileFromForm()),
    });
    importBox.hidden = true;
    if (problem) {
      showProblem(problem);
      return;
    }
    showAdvice(body);
    done("Your advice is ready.");
    results.focus();
  });

  async function sendResume(file) {
    if (!file) {
      return;
    }
    busy("Reading " + file.name + "…");
    const data = new FormData();
    data.append("file", file);
    const { body, problem } = await call("/import?advice=true", {
      method: "POST",
      headers: { Accept: "application/json" },
      body: data,
    });
    if (problem) {
      importBox.hidden = true;
      showProblem(problem);
      return;
    }
    fillForm(body.profile);
    showImport(body);
    showAdvice(body.advice);
    done("Your résumé is read, and the form filled in from it. Check it, answer the questions, and show your pathways again.");
    results.focus();
  }

  fileInput.addEventListener("change", () => sendResume(fileInput.files[0]));
  dropZone.addEventListener("dragover", (event) => {
    event.preventDefault();
    dropZone.classList.add("over");
  });
  dropZone.addEventListener("dragleave", () => dropZone.classList.remove("over"));
  dropZone.addEventListener("drop", (event) => {
    event.preventDefault();
    dropZone.classList.remove("over");
    if (event.dataTransfer.files.length > 0) {
      sendResume(event.dataTransfer.files[0]);
    }
  });

  // ---- Showing the answers ----

  /** Where a field named by a problem is on the form, so it can be marked and focused. */
  function inputFor(field) {
    const project = /^sideProjects\[(\d+)\]\.(\w+)/.exec(field || "");
    if (project) {
      const rows = projects.querySelectorAll(".project");
      const row = rows[Number(project[1])];
      return row ? row.querySelector('[data-id="' + project[2] + '"]') : null;
    }
    const ids = { yearsExperience: "years", "employer.buildsDigitalProducts": "buildsDigitalProducts",
      "employer.hasProductManagers": "hasProductManagers", "employer.formalProductProcess": "formalProductProcess" };
    const name = (field || "").replace(/\[\d+\]$/, "");
    return document.getElementById(ids[name] || name);
  }

  function showProblem(problem) {
    form.querySelectorAll("[aria-invalid]").forEach((e) => e.removeAttribute("aria-invalid"));
    clear(problemBox);
    problemBox.appendChild(element("strong", problem.title || "Something went wrong"));
    problemBox.appendChild(element("p", problem.detail || ""));
    const facts = element("dl");
    const fact = (label, value) => {
      facts.appendChild(element("dt", label));
      facts.appendChild(element("dd", value));
    };
    if (problem.field) {
      fact("Field", problem.field);
    }
    if (problem.allowedValues) {
      fact("Allowed values", problem.allowedValues.join(", "));
    }
    if (problem.line) {
      fact("Where", "line " + problem.line + ", column " + problem.column);
    }
    if (facts.childNodes.length > 0) {
      problemBox.appendChild(facts);
    }
    problemBox.hidden = false;
    done("The request was refused.");
    const input = inputFor(problem.field);
    if (input && form.contains(input)) {
      input.setAttribute("aria-invalid", "true");
      input.focus();
    }
  }

  function showAdvice(advice) {
    form.querySelectorAll("[aria-invalid]").forEach((e) => e.removeAttribute("aria-invalid"));
    adviceBox.hidden = false;
    document.getElementById("read-as").textContent = "Advice for: " + nameOf(advice.roleFamily)
      + (advice.profileId ? " (" + advice.profileId + ")" : "");
    showTitleReading(advice.titleReading);

    const primary = document.getElementById("primary-pathway");
    primary.textContent = advice.primaryPathway
      ? "Your best way in: " + nameOf(advice.primaryPathway)
      : "You are already a product manager: there is no pathway to choose.";
    primary.dataset.pathway = advice.primaryPathway || "";

    const chart = document.getElementById("pathway-chart");
    clear(chart);
    advice.pathways.forEach((p) => {
      const item = element("li");
      item.dataset.pathway = p.pathway;
      const label = element("span", nameOf(p.pathway), "bar-label");
      const track = element("span", null, "bar-track");
      const bar = element("span", null, "bar" + (p.pathway === advice.primaryPathway ? " best" : ""));
      bar.style.width = Math.max(0, Math.min(100, p.score)) + "%";
      track.appendChild(bar);
      const score = element("span", p.score + " / 100", "bar-score");
      item.append(label, track, score);
      if (p.reasons.length > 0) {
        const reasons = element("ul", null, "reasons");
        p.reasons.forEach((r) => reasons.appendChild(element("li", r)));
        item.appendChild(reasons);
      }
      chart.appendChild(item);
    });

    const warnings = document.getElementById("warnings");
    clear(warnings);
    advice.warnings.forEach((w) => {
      const item = element("li", w.message);
      item.dataset.id = w.id;
      warnings.appendChild(item);
    });
    document.getElementById("warnings-section").hidden = advice.warnings.length === 0;

    const plan = document.getElementById("plan");
    clear(plan);
    advice.actions.forEach((a) => {
      const item = element("li");
      item.dataset.id = a.id;
      item.appendChild(element("strong", a.title, "action-title"));
      const tags = element("span", null, "tags");
      [a.pathway, a.competency].filter(Boolean).forEach((t) => tags.appendChild(element("span", nameOf(t), "tag")));
      item.appendChild(tags);
      item.appendChild(element("p", a.detail));
      if (a.because.length > 0) {
        item.appendChild(element("p", "Because:", "because-label"));
        const because = element("ul", null, "because");
        a.because.forEach((b) => because.appendChild(element("li", b)));
        item.appendChild(because);
      }
      plan.appendChild(item);
    });
    if (advice.actions.length === 0) {
      plan.appendChild(element("li", "No next actions."));
    }

    const competencies = document.querySelector("#competencies tbody");
    clear(competencies);
    advice.competencies.forEach((c) => {
      const row = element("tr");
      row.dataset.competency = c.competency;
      row.appendChild(element("th", nameOf(c.competency)));
      row.firstChild.scope = "row";
      row.appendChild(element("td", nameOf(c.level), "level " + String(c.level).toLowerCase()));
      const evidence = element("td");
      const items = element("ul");
      c.evidence.forEach((e) => items.appendChild(element("li", e)));
      evidence.appendChild(items);
      row.appendChild(evidence);
      competencies.appendChild(row);
    });

    const explanation = document.getElementById("explanation-list");
    clear(explanation);
    advice.explanation.forEach((e) => {
      const item = element("li");
      item.appendChild(element("code", e.rule));
      item.appendChild(document.createTextNode(": " + e.effect));
      explanation.appendChild(item);
    });
    document.querySelector("#explanation summary").textContent =
      "Why: the " + advice.explanation.length + " rules that decided this advice";
  }

  /** How the title was read, when the advice says (a newer advice field); shown as it comes. */
  function showTitleReading(reading) {
    const box = document.getElementById("title-reading");
    clear(box);
    if (!reading || typeof reading !== "object") {
      box.hidden = true;
      return;
    }
    const rows = [
      ["Title", reading.title],
      ["Read as", reading.family ? nameOf(reading.family) : null],
      ["Matched label", reading.matchedLabel],
      ["Source", reading.source],
      ["Confidence", typeof reading.confidence === "number" ? Math.round(reading.confidence * 100) + "%" : null],
      ["Modifiers", (reading.modifiers || []).map(nameOf).join(", ")],
      ["Seniority", (reading.seniority || []).join(", ")],
      ["Why", reading.reason],
    ];
    rows.filter(([, value]) => value !== null && value !== undefined && value !== "").forEach(([label, value]) => {
      box.appendChild(element("dt", label));
      box.appendChild(element("dd", String(value)));
    });
    box.hidden = false;
  }

  function showImport(imported) {
    const report = imported.report;
    importBox.hidden = false;
    document.getElementById("import-summary").textContent = "Read from " + nameOf(report.format)
      + ", dates counted up to " + report.asOf + ". Current role: "
      + (report.currentRoleRule || "none (no job listed)") + ".";

    const questions = document.getElementById("questions");
    clear(questions);
    imported.questions.forEach((q) => {
      const item = element("li", q.text);
      item.dataset.id = q.id;
      const effect = q.changesPrimaryPathway ? "can change your best way in"
        : q.largestScoreChange > 0 ? "moves a pathway's score by up to " + q.largestScoreChange
        : q.actionsChanged > 0 ? "changes " + q.actionsChanged + " next action(s)"
        : "does not change the advice";
      item.appendChild(element("span", effect, "tag"));
      questions.appendChild(item);
    });
    if (imported.questions.length === 0) {
      questions.appendChild(element("li", "None: the résumé settled everything the advice uses."));
    }

    const entries = document.querySelector("#import-entries tbody");
    clear(entries);
    report.entries.forEach((e) => {
      const row = element("tr");
      row.className = "outcome-" + e.outcome.toLowerCase();
      row.appendChild(element("td", nameOf(e.outcome)));
      row.appendChild(element("td", e.source));
      row.appendChild(element("td", e.field));
      row.appendChild(element("td", e.detail));
      entries.appendChild(row);
    });
  }
})();
