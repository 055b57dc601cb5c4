import { useEffect } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useApi } from '../../../app/use-api';
import { policiesPath, type PolicySummary } from '../policies-api';

/**
 * The policy a matching or simulation page is about, from its address (/policies/<section>/<policyId>); without
 * one, the first policy of the catalogue, put in the address so the page can be shared and reloaded.
 */
export function useChosenPolicy(section: 'matching' | 'simulation') {
  const { policyId } = useParams();
  const navigate = useNavigate();
  const catalogue = useApi<{ items: PolicySummary[] }>(policiesPath());
  const policies = catalogue.data?.items ?? [];
  const first = policies[0]?.id;

  useEffect(() => {
    if (!policyId && first) void navigate(`/policies/${section}/${first}`, { replace: true });
  }, [policyId, first, navigate, section]);

  return {
    policyId,
    policies,
    catalogue,
    choose: (id: string) => void navigate(`/policies/${section}/${id}`),
  };
}
